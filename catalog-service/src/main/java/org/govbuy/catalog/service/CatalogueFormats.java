package org.govbuy.catalog.service;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.govbuy.catalog.domain.CatalogueEntry;
import org.govbuy.catalog.domain.EntryDraft;
import org.govbuy.catalog.domain.EntryLevel;
import org.govbuy.catalog.domain.EntryProblem;
import org.govbuy.catalog.domain.ExclusionReason;

/**
 * Import and export of whole catalogue versions: CSV (UTF-8, header row, lists separated by "|")
 * for spreadsheets, and JSON (an array of entries with the same field names). Values that cannot
 * be read are reported with their line and column, like rule violations.
 */
@ApplicationScoped
public class CatalogueFormats {

    /** The columns, in order; JSON uses the same names. */
    public static final List<String> COLUMNS = List.of("code", "level", "parentCode", "nameZh", "nameEn",
            "description", "excluded", "exclusionReason", "preferSocialOrganisations", "departments", "unit",
            "costLabour", "costAdministration", "costTax", "costCapacityBuilding", "costThirdPartyEvaluation",
            "referencePriceMin", "referencePriceMax", "indicators");

    /** Parsed entries and the problems met while reading them. */
    public record Parsed(List<EntryDraft> entries, List<EntryProblem> problems, int firstLine) {
    }

    private final CsvMapper csv = new CsvMapper();
    private final ObjectMapper json;

    CatalogueFormats(ObjectMapper json) {
        this.json = json;
    }

    /** CSV with a header row; the first entry is on line 2. */
    public Parsed fromCsv(String text) {
        List<EntryDraft> entries = new ArrayList<>();
        List<EntryProblem> problems = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
            int line = 1;
            while (rows.hasNextValue()) {
                line++;
                Map<String, String> row = rows.nextValue();
                if (line == 2) {
                    List<String> unknown = row.keySet().stream().filter(k -> !COLUMNS.contains(k)).toList();
                    unknown.forEach(k -> problems.add(new EntryProblem(1, k, "is not a known column")));
                }
                entries.add(toDraft(new LinkedHashMap<>(row), line, problems, column -> splitList(row.get(column))));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new EntryProblem(0, "body", "is not readable CSV: " + firstLineOf(e.getMessage())));
        }
        return new Parsed(entries, problems, 2);
    }

    /** A JSON array of entries; the first entry is line 1. */
    public Parsed fromJson(String text) {
        List<EntryDraft> entries = new ArrayList<>();
        List<EntryProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(new EntryProblem(0, "body", "is not well-formed JSON"));
            return new Parsed(entries, problems, 1);
        }
        if (root == null || !root.isArray()) {
            problems.add(new EntryProblem(0, "body", "must be a JSON array of entries"));
            return new Parsed(entries, problems, 1);
        }
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            Map<String, String> row = new LinkedHashMap<>();
            Map<String, List<String>> lists = new LinkedHashMap<>();
            int line = i + 1;
            node.fields().forEachRemaining(field -> {
                if (!COLUMNS.contains(field.getKey())) {
                    problems.add(new EntryProblem(line, field.getKey(), "is not a known field"));
                } else if (field.getValue().isArray()) {
                    List<String> values = new ArrayList<>();
                    field.getValue().forEach(v -> values.add(v.asText()));
                    lists.put(field.getKey(), values);
                } else if (!field.getValue().isNull()) {
                    row.put(field.getKey(), field.getValue().asText());
                }
            });
            entries.add(toDraft(row, line, problems, name -> lists.getOrDefault(name, splitList(row.get(name)))));
        }
        return new Parsed(entries, problems, 1);
    }

    public String toCsv(List<CatalogueEntry> entries) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        StringWriter out = new StringWriter();
        try (var writer = csv.writer(schema.build()).writeValues(out)) {
            for (CatalogueEntry entry : entries) {
                writer.write(Arrays.asList(values(entry).stream().map(v -> v == null ? "" : v).toArray()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static List<String> values(CatalogueEntry e) {
        return Arrays.asList(e.code, e.level.name(), e.parentCode, e.nameZh, e.nameEn, e.description,
                Boolean.toString(e.excluded), e.exclusionReason == null ? null : e.exclusionReason.name(),
                Boolean.toString(e.preferSocialOrganisations), String.join("|", e.departments), e.unit,
                plain(e.costLabour), plain(e.costAdministration), plain(e.costTax), plain(e.costCapacityBuilding),
                plain(e.costThirdPartyEvaluation), plain(e.referencePriceMin), plain(e.referencePriceMax),
                String.join("|", e.indicators));
    }

    private static EntryDraft toDraft(Map<String, String> row, int line, List<EntryProblem> problems,
            Function<String, List<String>> lists) {
        Cells cells = new Cells(row, line, problems);
        return new EntryDraft(cells.text("code"), cells.enumValue("level", EntryLevel.class), cells.text("parentCode"),
                cells.text("nameZh"), cells.text("nameEn"), cells.text("description"), cells.bool("excluded"),
                cells.enumValue("exclusionReason", ExclusionReason.class), cells.bool("preferSocialOrganisations"),
                lists.apply("departments"), cells.text("unit"),
                new EntryDraft.CostBasis(cells.money("costLabour"), cells.money("costAdministration"),
                        cells.money("costTax"), cells.money("costCapacityBuilding"),
                        cells.money("costThirdPartyEvaluation")),
                cells.money("referencePriceMin"), cells.money("referencePriceMax"), lists.apply("indicators"));
    }

    /** Reads typed values from one row, noting each unreadable cell as a problem. */
    private record Cells(Map<String, String> row, int line, List<EntryProblem> problems) {

        String text(String column) {
            String value = row.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        boolean bool(String column) {
            String value = text(column);
            if (value == null) {
                return false;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1", "是" -> true;
                case "false", "no", "n", "0", "否" -> false;
                default -> {
                    problems.add(new EntryProblem(line, column, "must be true or false"));
                    yield false;
                }
            };
        }

        BigDecimal money(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                problems.add(new EntryProblem(line, column, "must be a number"));
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new EntryProblem(line, column, "must be one of " + Arrays.toString(type.getEnumConstants())));
                return null;
            }
        }
    }

    private static List<String> splitList(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String firstLineOf(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
