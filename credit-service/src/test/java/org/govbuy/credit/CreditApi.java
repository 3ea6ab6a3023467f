package org.govbuy.credit;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.govbuy.testsupport.TestTokens;
import org.govbuy.testsupport.TopicReader;

/** Calls credit-service as its users do, with tokens of chosen roles; reads what it published. */
public final class CreditApi {

    private CreditApi() {
    }

    /** An official of Beijing (110000), who acts for the Haidian (110108) suppliers tests register. */
    public static String token(String role) {
        return token(role, "110000");
    }

    public static String token(String role, String region) {
        return TestTokens.forAudience(TestInfrastructure.AUDIENCE).subject(role + "-user").roles(role)
                .claim("region", region).bearer();
    }

    public static RequestSpecification as(String role, String region) {
        return given().header("Authorization", token(role, region)).contentType(ContentType.JSON);
    }

    public static String supplierToken(String uscc) {
        return TestTokens.forAudience(TestInfrastructure.AUDIENCE).subject("org-" + uscc).roles("supplier")
                .claim("uscc", uscc).bearer();
    }

    public static RequestSpecification as(String role) {
        return given().header("Authorization", token(role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asSupplier(String uscc) {
        return given().header("Authorization", supplierToken(uscc)).contentType(ContentType.JSON);
    }

    /** Registers a new supplier with the given name and establishment date; returns its code. */
    public static String registerSupplier(String name, String establishedOn) {
        String uscc = TestSuppliers.newUscc();
        as("civil-affairs").body(TestSuppliers.registrationJson(uscc, name).replace("2015-06-01", establishedOn))
                .post("/api/v1/suppliers").then().statusCode(201);
        return uscc;
    }

    public static String registerSupplier(String name) {
        return registerSupplier(name, "2015-06-01");
    }

    public static String enterRecord(String uscc, String kind, String severity, String occurredOn) {
        return as("finance").body("""
                {"kind":"%s","severity":"%s","source":"FINANCE","evidenceReference":"京财监〔2026〕%s号",
                 "reason":"内部核查意见 %s","occurredOn":"%s"}""".formatted(kind, severity, uscc.substring(10),
                uscc, occurredOn))
                .post("/api/v1/suppliers/" + uscc + "/credit-records").then().statusCode(201)
                .extract().path("id");
    }

    /** Events on credit.events about {@code uscc} of the given type, once at least {@code atLeast} arrived. */
    public static List<ConsumerRecord<String, String>> events(String bootstrap, String uscc, String type, int atLeast) {
        return TopicReader.readUntil(bootstrap, "credit.events",
                read -> ofType(read, uscc, type).size() >= atLeast, Duration.ofSeconds(30))
                .stream().filter(r -> uscc.equals(r.key()) && type.equals(TopicReader.header(r, "ce_type"))).toList();
    }

    /** The event's data as a JSON tree (the outbox stores it as jsonb, so key order and spacing vary). */
    public static com.fasterxml.jackson.databind.JsonNode data(ConsumerRecord<String, String> event) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(event.value());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("event data is not JSON: " + event.value(), e);
        }
    }

    private static List<ConsumerRecord<String, String>> ofType(List<ConsumerRecord<String, String>> records,
            String uscc, String type) {
        return records.stream().filter(r -> uscc.equals(r.key()) && type.equals(TopicReader.header(r, "ce_type")))
                .toList();
    }
}
