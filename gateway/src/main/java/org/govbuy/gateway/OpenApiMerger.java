package org.govbuy.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Merges the services' OpenAPI documents into one: every path (each operation tagged with its
 * service), every component; a schema name two services define differently is kept apart by
 * prefixing the later one with its service name and rewriting that service's references.
 */
public final class OpenApiMerger {

    private static final String SCHEMA_REF = "#/components/schemas/";

    private OpenApiMerger() {
    }

    /** {@code documents} by service name, in a stable order; {@code unavailable} services are listed. */
    public static JsonObject merge(SortedMap<String, JsonObject> documents, List<String> unavailable) {
        JsonObject paths = new JsonObject();
        JsonObject schemas = new JsonObject();
        JsonObject securitySchemes = new JsonObject();
        JsonArray tags = new JsonArray();
        documents.forEach((service, original) -> {
            JsonObject document = renameClashingSchemas(service, original, schemas);
            tags.add(new JsonObject().put("name", service).put("description",
                    document.getJsonObject("info", new JsonObject()).getString("title", service)));
            JsonObject servicePaths = document.getJsonObject("paths", new JsonObject());
            for (String path : servicePaths.fieldNames()) {
                JsonObject operations = servicePaths.getJsonObject(path).copy();
                tagOperations(operations, service);
                paths.put(path, operations);
            }
            JsonObject components = document.getJsonObject("components", new JsonObject());
            components.getJsonObject("schemas", new JsonObject()).forEach(e -> schemas.put(e.getKey(), e.getValue()));
            components.getJsonObject("securitySchemes", new JsonObject())
                    .forEach(e -> securitySchemes.put(e.getKey(), e.getValue()));
        });
        JsonObject merged = new JsonObject()
                .put("openapi", "3.0.3")
                .put("info", new JsonObject().put("title", "GovBuy API").put("version", "1.0")
                        .put("description", "Government purchase of public services (政府向社会力量购买服务): "
                                + "every service behind the gateway."))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")))
                .put("tags", tags)
                .put("paths", paths)
                .put("components", new JsonObject().put("schemas", schemas).put("securitySchemes", securitySchemes));
        if (!unavailable.isEmpty()) {
            merged.put("x-govbuy-unavailable", new JsonArray(new ArrayList<>(unavailable)));
        }
        return merged;
    }

    private static JsonObject renameClashingSchemas(String service, JsonObject document, JsonObject merged) {
        JsonObject own = document.getJsonObject("components", new JsonObject())
                .getJsonObject("schemas", new JsonObject());
        String text = document.encode();
        boolean renamed = false;
        for (Map.Entry<String, Object> schema : own) {
            Object existing = merged.getValue(schema.getKey());
            if (existing != null && !existing.equals(schema.getValue())) {
                String newName = service + "." + schema.getKey();
                text = text.replace("\"" + SCHEMA_REF + schema.getKey() + "\"", "\"" + SCHEMA_REF + newName + "\"");
                renamed = true;
            }
        }
        if (!renamed) {
            return document;
        }
        JsonObject rewritten = new JsonObject(text);
        JsonObject rewrittenSchemas = rewritten.getJsonObject("components").getJsonObject("schemas");
        JsonObject result = new JsonObject();
        for (Map.Entry<String, Object> schema : rewrittenSchemas) {
            Object existing = merged.getValue(schema.getKey());
            String name = existing != null && !existing.equals(schema.getValue()) ? service + "." + schema.getKey()
                    : schema.getKey();
            result.put(name, schema.getValue());
        }
        rewritten.getJsonObject("components").put("schemas", result);
        return rewritten;
    }

    private static void tagOperations(JsonObject operations, String service) {
        for (String method : operations.fieldNames()) {
            if (operations.getValue(method) instanceof JsonObject operation) {
                JsonArray operationTags = operation.getJsonArray("tags", new JsonArray());
                if (!operationTags.contains(service)) {
                    operationTags.add(0, service);
                }
                operation.put("tags", operationTags);
            }
        }
    }
}
