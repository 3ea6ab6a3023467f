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
 * Import and export of whole catalogue versions: CSV (header row, lists separated by "|"; UTF-8
 * unless the request declares another charset such as GBK, common in Chinese offices) for
 * spreadsheets, and JSON (an array of entries with the same field names). Every problem names the
 * physical line of the file it is on — the line a spreadsheet or editor shows — and its column.
 * Exported text cells that a spreadsheet would run as a formula are neutralised.
 */
@ApplicationScoped
public class CatalogueFormats {

    /** The columns, in order; JSON uses the same names. */
    public static final List<String> COLUMNS = List.of("code", "level", "parentCode", "nameZh", "nameEn",
            "description", "excluded", "exclusionReason", "preferSocialOrganisations", "departments", "unit",
            "costLabour", "costAdministration", "costTax", "costCapacityBuilding", "costThirdPartyEvaluation",
            "referencePriceMin", "referencePriceMax", "indicators");

    /** Parsed entries, the physical line each starts on, and the problems met while reading them. */
    public record Parsed(List<EntryDraft> entries, List<EntryProblem> problems, List<Integer> lines) {
    }

    /** Columns holding text a person typed (and a spreadsheet might take for a formula). */
    private static final java.util.Set<String> TEXT_COLUMNS = java.util.Set.of("code", "parentCode", "nameZh", "nameEn",
            "description", "departments", "unit", "indicators");
    /** What a spreadsheet takes as the start of a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CsvMapper csv = CsvMapper.builder()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.SKIP_EMPTY_LINES).build();
    private final ObjectMapper json;

    CatalogueFormats(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The request body as text: in the charset the Content-Type declares (CSV may be GBK, GB18030
     * …), UTF-8 when it declares none; bytes that are not valid in that charset are refused, never
     * replaced.
     */
    public String decode(byte[] body, String contentType) {
        java.nio.charset.Charset charset = java.nio.charset.StandardCharsets.UTF_8;
        String declared = contentType == null ? null : java.util.Arrays.stream(contentType.split(";"))
                .map(String::strip).filter(p -> p.toLowerCase(Locale.ROOT).startsWith("charset="))
                .map(p -> p.substring("charset=".length()).replace("\"", "").strip()).findFirst().orElse(null);
        if (declared != null) {
            try {
                charset = java.nio.charset.Charset.forName(declared);
            } catch (IllegalArgumentException e) {
                throw new org.govbuy.platform.error.DomainRuleViolation("Content-Type",
                        "charset " + declared + " is not known; use UTF-8 or GBK");
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new org.govbuy.platform.error.DomainRuleViolation("Content-Type", "the body is not valid "
                    + charset.name() + (declared == null ? "; declare the charset, e.g. text/csv; charset=GBK" : ""));
        }
    }

    /** CSV with a header row. */
    public Parsed fromCsv(String text) {
        List<EntryDraft> entries = new ArrayList<>();
        List<EntryProblem> problems = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Integer> recordLines = recordStartLines(body);
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
            int record = 0;
            while (rows.hasNextValue()) {
                record++;
                int line = record < recordLines.size() ? recordLines.get(record) : record + 1;
                Map<String, String> row = rows.nextValue();
                if (record == 1) {
                    List<String> unknown = row.keySet().stream().filter(k -> !COLUMNS.contains(k)).toList();
                    unknown.forEach(k -> problems.add(new EntryProblem(1, k, "is not a known column")));
                }
                Map<String, String> cells = new LinkedHashMap<>(row);
                cells.replaceAll((column, value) -> TEXT_COLUMNS.contains(column) ? unneutralised(value) : value);
                entries.add(toDraft(cells, line, problems, column -> splitList(cells.get(column))));
                lines.add(line);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new EntryProblem(lineOf(e), "body", "is not readable CSV: " + firstLineOf(e.getMessage())));
        }
        return new Parsed(entries, problems, lines);
    }

    /** A JSON array of entries; each is on the line its object starts. */
    public Parsed fromJson(String text) {
        List<EntryDraft> entries = new ArrayList<>();
        List<EntryProblem> problems = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (com.fasterxml.jackson.core.JsonParser parser = json.getFactory().createParser(text)) {
            if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                problems.add(new EntryProblem(1, "body", "must be a JSON array of entries"));
                return new Parsed(entries, problems, lines);
            }
            while (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = json.readTree(parser);
                if (!node.isObject()) {
                    problems.add(new EntryProblem(line, "body", "each entry must be a JSON object"));
                    continue;
                }
                entries.add(fromJsonEntry(node, line, problems));
                lines.add(line);
            }
            if (parser.nextToken() != null) {
                problems.add(new EntryProblem(parser.currentTokenLocation().getLineNr(), "body",
                        "has content after the array"));
            }
        } catch (IOException e) {
            problems.add(new EntryProblem(lineOf(e), "body", "is not well-formed JSON: " + firstLineOf(
                    e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage())));
        }
        return new Parsed(entries, problems, lines);
    }

    private EntryDraft fromJsonEntry(JsonNode node, int line, List<EntryProblem> problems) {
        Map<String, String> row = new LinkedHashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
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
        return toDraft(row, line, problems, name -> lists.getOrDefault(name, splitList(row.get(name))));
    }

    /**
     * The physical line on which each CSV record starts (record 0 is the header): a quoted cell
     * may span lines, so records and lines differ. Empty lines are skipped, as the parser does.
     */
    static List<Integer> recordStartLines(String text) {
        List<Integer> starts = new ArrayList<>();
        int line = 1;
        boolean quoted = false;
        boolean atRecordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean newline = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (c == '\r' && !newline) {
                continue;
            }
            if (atRecordStart && !newline) {
                starts.add(line);
                atRecordStart = false;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (newline) {
                line++;
                if (!quoted) {
                    atRecordStart = true;
                }
            }
        }
        return starts;
    }

    private static int lineOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException processing && processing.getLocation() != null) {
                return processing.getLocation().getLineNr();
            }
        }
        return 1;
    }

    public String toCsv(List<CatalogueEntry> entries) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        StringWriter out = new StringWriter();
        try (var writer = csv.writer(schema.build()).writeValues(out)) {
            for (CatalogueEntry entry : entries) {
                List<String> values = values(entry);
                Object[] cells = new Object[values.size()];
                for (int i = 0; i < cells.length; i++) {
                    String value = values.get(i) == null ? "" : values.get(i);
                    cells[i] = TEXT_COLUMNS.contains(COLUMNS.get(i)) ? neutralised(value) : value;
                }
                writer.write(Arrays.asList(cells));
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

    /**
     * A text cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
     * leading apostrophe: shown as text, never executed (CSV injection).
     */
    static String neutralised(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** The value as it was before {@link #neutralised}, so an export imports back unchanged. */
    static String unneutralised(String value) {
        return value != null && value.length() > 1 && value.charAt(0) == '\''
                && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value;
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
