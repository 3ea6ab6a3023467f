package org.govbuy.catalog.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules a whole set of entries must satisfy: stable codes unique in the version, a tree of
 * category → item → sub-item, sub-item attributes only on sub-items, sound prices. Every problem
 * is reported, with its line, so an import can be fixed in one go.
 */
public final class CatalogueRules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,31}");
    /** Names: letters of any script, digits, spaces and ordinary punctuation; no markup or SQL. */
    static final Pattern NAME = Pattern.compile("(?!.*--)[\\p{L}\\p{N}\\p{M} ()（）·.,，、&'’/:：;；\\-]*");

    private CatalogueRules() {
    }

    /** Problems of {@code entries}; entry i is on line {@code firstLine + i}. Empty when valid. */
    public static List<EntryProblem> check(List<EntryDraft> entries, int firstLine) {
        return check(entries, java.util.stream.IntStream.range(0, entries.size()).mapToObj(i -> firstLine + i)
                .toList());
    }

    /** Problems of {@code entries}; entry i is on line {@code lines.get(i)} of its file. */
    public static List<EntryProblem> check(List<EntryDraft> entries, List<Integer> lines) {
        List<EntryProblem> problems = new ArrayList<>();
        Map<String, EntryDraft> byCode = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            EntryDraft entry = entries.get(i);
            if (entry.code() != null && firstSeen.putIfAbsent(entry.code(), lines.get(i)) != null) {
                problems.add(new EntryProblem(lines.get(i), "code", "duplicates the code on line "
                        + firstSeen.get(entry.code())));
            }
            if (entry.code() != null) {
                byCode.putIfAbsent(entry.code(), entry);
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            checkEntry(entries.get(i), lines.get(i), byCode, problems);
        }
        return problems;
    }

    private static void checkEntry(EntryDraft entry, int line, Map<String, EntryDraft> byCode,
            List<EntryProblem> problems) {
        if (entry.code() == null || !CODE.matcher(entry.code()).matches()) {
            problems.add(new EntryProblem(line, "code", "must be 1-32 letters, digits, '.' or '-'"));
        }
        if (entry.level() == null) {
            problems.add(new EntryProblem(line, "level", "must be CATEGORY, ITEM or SUB_ITEM"));
        } else {
            checkParent(entry, line, byCode, problems);
        }
        text(entry.nameZh(), true, 200, NAME, line, "nameZh", problems);
        text(entry.nameEn(), false, 200, NAME, line, "nameEn", problems);
        text(entry.description(), false, 2000, null, line, "description", problems);
        if (entry.level() == EntryLevel.SUB_ITEM) {
            checkSubItem(entry, line, problems);
        } else if (entry.level() != null && hasSubItemAttributes(entry)) {
            problems.add(new EntryProblem(line, "level",
                    "only sub-items carry flags, unit, cost basis, prices, departments and indicators"));
        }
    }

    private static void checkParent(EntryDraft entry, int line, Map<String, EntryDraft> byCode,
            List<EntryProblem> problems) {
        EntryLevel expected = entry.level().parentLevel();
        if (expected == null) {
            if (entry.parentCode() != null && !entry.parentCode().isBlank()) {
                problems.add(new EntryProblem(line, "parentCode", "a category has no parent"));
            }
            return;
        }
        EntryDraft parent = entry.parentCode() == null ? null : byCode.get(entry.parentCode());
        if (parent == null) {
            problems.add(new EntryProblem(line, "parentCode", "must be the code of an existing "
                    + expected.name().toLowerCase().replace('_', '-') + " of this version"));
        } else if (parent.level() != expected) {
            problems.add(new EntryProblem(line, "parentCode", "must be a " + expected.name().toLowerCase()
                    .replace('_', '-') + ", not a " + String.valueOf(parent.level()).toLowerCase().replace('_', '-')));
        }
    }

    private static void checkSubItem(EntryDraft entry, int line, List<EntryProblem> problems) {
        if (entry.excluded() && entry.exclusionReason() == null) {
            problems.add(new EntryProblem(line, "exclusionReason", "is required for an excluded sub-item"));
        }
        if (!entry.excluded() && entry.exclusionReason() != null) {
            problems.add(new EntryProblem(line, "exclusionReason", "only an excluded sub-item has one"));
        }
        text(entry.unit(), false, 40, NAME, line, "unit", problems);
        money(entry.referencePriceMin(), line, "referencePriceMin", problems);
        money(entry.referencePriceMax(), line, "referencePriceMax", problems);
        if (entry.referencePriceMin() != null && entry.referencePriceMax() != null
                && entry.referencePriceMin().compareTo(entry.referencePriceMax()) > 0) {
            problems.add(new EntryProblem(line, "referencePriceMax", "must not be below referencePriceMin"));
        }
        EntryDraft.CostBasis cost = entry.costBasis() == null ? EntryDraft.CostBasis.NONE : entry.costBasis();
        String[] parts = { "costLabour", "costAdministration", "costTax", "costCapacityBuilding",
                "costThirdPartyEvaluation" };
        for (int i = 0; i < parts.length; i++) {
            money(cost.parts().get(i), line, parts[i], problems);
        }
        entry.departments().forEach(d -> text(d, true, 100, NAME, line, "departments", problems));
        entry.indicators().forEach(d -> text(d, true, 200, null, line, "indicators", problems));
    }

    private static boolean hasSubItemAttributes(EntryDraft entry) {
        EntryDraft.CostBasis cost = entry.costBasis() == null ? EntryDraft.CostBasis.NONE : entry.costBasis();
        return entry.excluded() || entry.exclusionReason() != null || entry.preferSocialOrganisations()
                || entry.unit() != null && !entry.unit().isBlank() || entry.referencePriceMin() != null
                || entry.referencePriceMax() != null || cost.parts().stream().anyMatch(java.util.Objects::nonNull)
                || !entry.departments().isEmpty() || !entry.indicators().isEmpty();
    }

    private static void text(String value, boolean required, int max, Pattern pattern, int line, String field,
            List<EntryProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new EntryProblem(line, field, "must not be blank"));
            }
            return;
        }
        if (value.length() > max) {
            problems.add(new EntryProblem(line, field, "must be at most " + max + " characters"));
        } else if (pattern != null && !pattern.matcher(value).matches()) {
            problems.add(new EntryProblem(line, field, "contains characters that are not allowed (markup or SQL)"));
        } else if (pattern == null && (value.contains("<") || value.contains(">"))) {
            problems.add(new EntryProblem(line, field, "must not contain < or >"));
        }
    }

    private static void money(BigDecimal value, int line, String field, List<EntryProblem> problems) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            problems.add(new EntryProblem(line, field, "must not be negative"));
        } else if (value.scale() > 2 || value.precision() - value.scale() > 16) {
            problems.add(new EntryProblem(line, field, "must be an amount in CNY with at most two decimals"));
        }
    }
}
