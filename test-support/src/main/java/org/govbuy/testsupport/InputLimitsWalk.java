package org.govbuy.testsupport;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Walks every GET operation of a service's own OpenAPI document and calls it with input no client
 * should send: a number that is not one or does not fit, extreme paging, a boolean that is
 * neither, a path parameter of the wrong type, an overlong query string. Every answer must be the
 * 4xx the rule calls for, as problem+json naming the parameter — never a 500, never a 404.
 */
final class InputLimitsWalk {

    /** One call and what it must get. */
    record Probe(String description, String path, Map<String, String> query, int status, String field) {
    }

    private InputLimitsWalk() {
    }

    static List<Probe> probes() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<Probe> probes = new ArrayList<>();
        paths.forEach((template, operations) -> {
            if (!(operations.get("get") instanceof Map<?, ?> get)) {
                return;
            }
            List<Map<String, Object>> parameters = parametersOf(get);
            String path = fill(template, parameters, null, null);
            for (Map<String, Object> parameter : parameters) {
                String name = (String) parameter.get("name");
                String type = typeOf(parameter);
                if ("path".equals(parameter.get("in")) && ("integer".equals(type) || "uuid".equals(type))) {
                    probes.add(new Probe(template + " " + name + "=abc", fill(template, parameters, name, "abc"),
                            Map.of(), 400, name));
                }
                if (!"query".equals(parameter.get("in"))) {
                    continue;
                }
                if ("integer".equals(type)) {
                    // one past the largest value of the parameter's type: int32 unless the document says int64
                    String tooLarge = "int64".equals(formatOf(parameter)) ? "9223372036854775808" : "2147483648";
                    probes.add(new Probe(template + " ?" + name + "=abc", path, Map.of(name, "abc"), 400, name));
                    probes.add(new Probe(template + " ?" + name + "=" + tooLarge, path, Map.of(name, tooLarge),
                            400, name));
                }
                if ("boolean".equals(type)) {
                    probes.add(new Probe(template + " ?" + name + "=maybe", path, Map.of(name, "maybe"), 400, name));
                }
                if ("uuid".equals(type) || "date".equals(type)) {
                    probes.add(new Probe(template + " ?" + name + "=abc", path, Map.of(name, "abc"), 400, name));
                }
                if ("page".equals(name)) {
                    probes.add(new Probe(template + " ?page=2147483647", path, Map.of("page", "2147483647"), 400,
                            "page"));
                    probes.add(new Probe(template + " ?page=100000000&size=200", path,
                            Map.of("page", "100000000", "size", "200"), 400, "page"));
                    probes.add(new Probe(template + " ?page=50&size=200", path, Map.of("page", "50", "size", "200"),
                            400, "page"));
                }
                if ("size".equals(name)) {
                    probes.add(new Probe(template + " ?size=0", path, Map.of("size", "0"), 400, "size"));
                    probes.add(new Probe(template + " ?size=201", path, Map.of("size", "201"), 400, "size"));
                }
            }
            probes.add(new Probe(template + " with a 10,000-character query", path, Map.of("q", "x".repeat(10_000)),
                    414, null));
        });
        return probes;
    }

    /** Calls the probe; returns what was wrong with the answer, or null when it is right. */
    static String check(Probe probe, String bearer) {
        Response response = given().header("Authorization", bearer).queryParams(probe.query()).get(probe.path());
        if (response.statusCode() != probe.status()) {
            return probe.description() + ": expected " + probe.status() + " but got " + response.statusCode() + " "
                    + response.asString();
        }
        if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            return probe.description() + ": not problem+json but " + response.contentType();
        }
        if (probe.field() != null) {
            List<String> fields = response.jsonPath().getList("violations.field");
            if (fields == null || !fields.contains(probe.field())) {
                return probe.description() + ": the problem does not name " + probe.field() + ": " + response.asString();
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parametersOf(Map<?, ?> operation) {
        Object parameters = operation.get("parameters");
        return parameters == null ? List.of() : (List<Map<String, Object>>) parameters;
    }

    @SuppressWarnings("unchecked")
    private static Object formatOf(Map<String, Object> parameter) {
        return ((Map<String, Object>) parameter.getOrDefault("schema", Map.of())).get("format");
    }

    @SuppressWarnings("unchecked")
    private static String typeOf(Map<String, Object> parameter) {
        Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
        if (schema.containsKey("$ref")) {
            return String.valueOf(schema.get("$ref")).toLowerCase(java.util.Locale.ROOT).contains("uuid") ? "uuid"
                    : "object";
        }
        Object format = schema.get("format");
        if ("uuid".equals(format) || "date".equals(format)) {
            return (String) format;
        }
        return String.valueOf(schema.get("type"));
    }

    /** The path with every parameter given a plausible value, and {@code name} given {@code value}. */
    private static String fill(String template, List<Map<String, Object>> parameters, String name, String value) {
        String path = template;
        for (Map<String, Object> parameter : parameters) {
            if (!"path".equals(parameter.get("in"))) {
                continue;
            }
            String parameterName = (String) parameter.get("name");
            String type = typeOf(parameter);
            String filler = parameterName.equals(name) ? value
                    : "uuid".equals(type) ? UUID.randomUUID().toString() : "integer".equals(type) ? "1" : "X1";
            path = path.replace("{" + parameterName + "}", filler);
        }
        return path;
    }
}
