package org.govbuy.testsupport;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * Reads a service's public change feed (ADR 47) the way a district system does: from the start, page by
 * page with the cursor it returns, until the entry about a subject has arrived (the relay adds it once
 * Kafka has the event).
 */
public final class ChangeFeedPoller {

    private ChangeFeedPoller() {
    }

    /** The first entry of {@code type} about {@code subject} on the feed at {@code path}. */
    public static Map<String, Object> entry(String path, String type, String subject, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long cursor = 0;
        while (System.nanoTime() < deadline) {
            JsonPath page = given().queryParam("after", cursor).queryParam("limit", 500).get(path)
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                if (subject.equals(item.get("subject")) && type.equals(item.get("type"))) {
                    return item;
                }
            }
            cursor = page.getLong("next");
            if (items.isEmpty()) {
                sleep();
            }
        }
        throw new AssertionError("no " + type + " about " + subject + " on " + path + " within " + timeout);
    }

    /** Every entry on the feed at {@code path} now, from the start (of one region if not null). */
    public static List<Map<String, Object>> readAll(String path, String region) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        long cursor = 0;
        while (true) {
            var request = given().queryParam("after", cursor).queryParam("limit", 500);
            if (region != null) {
                request.queryParam("region", region);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return all;
            }
            all.addAll(items);
            cursor = page.getLong("next");
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the change feed", e);
        }
    }
}
