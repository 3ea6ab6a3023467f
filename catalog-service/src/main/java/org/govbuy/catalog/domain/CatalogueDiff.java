package org.govbuy.catalog.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** What changed between two versions of a catalogue, entry by entry (by code). */
public record CatalogueDiff(List<EntryDraft> added, List<EntryDraft> removed, List<Change> changed) {

    /** An entry present in both versions whose fields differ. */
    public record Change(String code, List<String> fields, EntryDraft before, EntryDraft after) {
    }

    private static final Map<String, Function<EntryDraft, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("level", EntryDraft::level);
        FIELDS.put("parentCode", EntryDraft::parentCode);
        FIELDS.put("nameZh", EntryDraft::nameZh);
        FIELDS.put("nameEn", EntryDraft::nameEn);
        FIELDS.put("description", EntryDraft::description);
        FIELDS.put("excluded", EntryDraft::excluded);
        FIELDS.put("exclusionReason", EntryDraft::exclusionReason);
        FIELDS.put("preferSocialOrganisations", EntryDraft::preferSocialOrganisations);
        FIELDS.put("departments", EntryDraft::departments);
        FIELDS.put("unit", EntryDraft::unit);
        FIELDS.put("costBasis", e -> e.costBasis() == null ? EntryDraft.CostBasis.NONE : e.costBasis());
        FIELDS.put("referencePriceMin", EntryDraft::referencePriceMin);
        FIELDS.put("referencePriceMax", EntryDraft::referencePriceMax);
        FIELDS.put("indicators", EntryDraft::indicators);
    }

    public static CatalogueDiff between(List<EntryDraft> from, List<EntryDraft> to) {
        Map<String, EntryDraft> before = byCode(from);
        Map<String, EntryDraft> after = byCode(to);
        List<EntryDraft> added = to.stream().filter(e -> !before.containsKey(e.code())).toList();
        List<EntryDraft> removed = from.stream().filter(e -> !after.containsKey(e.code())).toList();
        List<Change> changed = new ArrayList<>();
        for (EntryDraft old : from) {
            EntryDraft now = after.get(old.code());
            if (now == null) {
                continue;
            }
            List<String> fields = FIELDS.entrySet().stream()
                    .filter(f -> !same(f.getValue().apply(old), f.getValue().apply(now)))
                    .map(Map.Entry::getKey).toList();
            if (!fields.isEmpty()) {
                changed.add(new Change(old.code(), fields, old, now));
            }
        }
        return new CatalogueDiff(added, removed, changed);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof EntryDraft.CostBasis x && b instanceof EntryDraft.CostBasis y) {
            for (int i = 0; i < 5; i++) {
                if (!same(x.parts().get(i), y.parts().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static Map<String, EntryDraft> byCode(List<EntryDraft> entries) {
        Map<String, EntryDraft> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.code(), e));
        return map;
    }
}
