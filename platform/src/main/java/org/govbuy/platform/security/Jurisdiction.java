package org.govbuy.platform.security;

import java.util.regex.Pattern;

/**
 * Which administrative divisions an official acts for. Division codes (GB/T 2260) have six
 * digits: province (2), city (2), county or district (2). An official of a district acts for that
 * district only; of a city (code ending in 00) for the city and its districts; of a province or a
 * municipality directly under the central government (ending in 0000, e.g. Beijing 110000) for
 * everything in it — higher levels supervise and may act for the levels below them.
 */
public final class Jurisdiction {

    private static final Pattern CODE = Pattern.compile("[0-9]{6}");

    private Jurisdiction() {
    }

    /** Whether an official of {@code ownRegion} acts for {@code target}. */
    public static boolean covers(String ownRegion, String target) {
        if (ownRegion == null || target == null || !CODE.matcher(ownRegion).matches()
                || !CODE.matcher(target).matches()) {
            return false;
        }
        if (ownRegion.equals(target)) {
            return true;
        }
        if (ownRegion.endsWith("0000")) {
            return target.startsWith(ownRegion.substring(0, 2));
        }
        if (ownRegion.endsWith("00")) {
            return target.startsWith(ownRegion.substring(0, 4));
        }
        return false;
    }

    /**
     * The division-code prefix of everything an official of {@code ownRegion} acts for, for a
     * {@code LIKE 'prefix%'} query: "11" for Beijing, "1101" for a city, the code itself for a district.
     */
    public static String scopePrefix(String ownRegion) {
        if (ownRegion == null || !CODE.matcher(ownRegion).matches()) {
            throw new IllegalArgumentException("not a 6-digit division code: " + ownRegion);
        }
        if (ownRegion.endsWith("0000")) {
            return ownRegion.substring(0, 2);
        }
        return ownRegion.endsWith("00") ? ownRegion.substring(0, 4) : ownRegion;
    }
}
