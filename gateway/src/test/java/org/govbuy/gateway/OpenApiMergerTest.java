package org.govbuy.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

class OpenApiMergerTest {

    private static JsonObject document(String path, String schema, JsonObject definition) {
        return new JsonObject("""
                {"openapi":"3.0.3","info":{"title":"t","version":"1"},
                 "paths":{"%s":{"get":{"responses":{"200":{"description":"OK",
                   "content":{"application/json":{"schema":{"$ref":"#/components/schemas/%s"}}}}}}}},
                 "components":{"schemas":{}}}""".formatted(path, schema))
                .put("components", new JsonObject().put("schemas", new JsonObject().put(schema, definition)));
    }

    @Test
    void identicalSchemasAreSharedAndDifferentOnesKeptApart() {
        TreeMap<String, JsonObject> documents = new TreeMap<>();
        documents.put("a", document("/api/v1/a", "View", new JsonObject().put("type", "object").put("title", "A")));
        documents.put("b", document("/api/v1/b", "View", new JsonObject().put("type", "object").put("title", "B")));
        JsonObject merged = OpenApiMerger.merge(documents, List.of());

        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        assertThat(schemas.fieldNames()).containsExactlyInAnyOrder("View", "b.View");
        assertThat(schemas.getJsonObject("b.View").getString("title")).isEqualTo("B");
        assertThat(merged.encode()).contains("#/components/schemas/b.View");
        assertThat(merged.getJsonObject("paths").getJsonObject("/api/v1/b").getJsonObject("get")
                .getJsonArray("tags").getString(0)).isEqualTo("b");
    }

    @Test
    void unavailableServicesAreNamed() {
        JsonObject merged = OpenApiMerger.merge(new TreeMap<>(), List.of("credit"));
        assertThat(merged.getJsonArray("x-govbuy-unavailable").getList()).containsExactly("credit");
    }
}
