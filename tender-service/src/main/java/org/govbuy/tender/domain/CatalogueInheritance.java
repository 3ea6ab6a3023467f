package org.govbuy.tender.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Whose catalogue applies to a region (ADR 0009): the region's own, if it published one for the
 * year; otherwise that of the city above it (same first four digits, "00"), otherwise that of the
 * province (first two digits, "0000"). A district with its own catalogue does not inherit the city's.
 */
public final class CatalogueInheritance {

    private CatalogueInheritance() {
    }

    /** The regions to look in, nearest first: 110108 → 110108, 110100, 110000. */
    public static List<String> lookupOrder(String region) {
        List<String> order = new ArrayList<>();
        order.add(region);
        String city = region.substring(0, 4) + "00";
        String province = region.substring(0, 2) + "0000";
        if (!order.contains(city)) {
            order.add(city);
        }
        if (!order.contains(province)) {
            order.add(province);
        }
        return order;
    }
}
