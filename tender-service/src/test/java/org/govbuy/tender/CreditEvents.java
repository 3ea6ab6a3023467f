package org.govbuy.tender;

import java.util.Map;
import java.util.UUID;

import org.govbuy.testsupport.TopicReader;

/** Writes events onto credit.events the way credit-service's outbox relay does (binary CloudEvents). */
public final class CreditEvents {

    public static final String TOPIC = "credit.events";

    private CreditEvents() {
    }

    public static String supplierRegistered(String uscc, String name) {
        return """
                {"uscc":"%s","name":"%s","organisationType":"SOCIAL_GROUP","registrationAuthority":"上海市徐汇区民政局",
                 "establishedOn":"2010-01-15","region":"310104","status":"ACTIVE","registeredAt":"2026-11-01T02:00:00Z"}"""
                .formatted(uscc, name);
    }

    public static void send(String bootstrap, String eventId, String type, String subject, String data) {
        TopicReader.send(bootstrap, TOPIC, subject, data, headers(eventId, type, subject));
    }

    /** As credit-service's relay sends it: with the aggregate's sequence number. */
    public static void send(String bootstrap, String eventId, String type, String subject, long sequence,
            String data) {
        Map<String, String> headers = new java.util.HashMap<>(headers(eventId, type, subject));
        headers.put("ce_sequence", Long.toString(sequence));
        TopicReader.send(bootstrap, TOPIC, subject, data, headers);
    }

    private static Map<String, String> headers(String eventId, String type, String subject) {
        return Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_type", type,
                "ce_source", "/govbuy/credit",
                "ce_subject", subject,
                "ce_region", "310104",
                "content-type", "application/json");
    }

    /** A level-changed event whose standing shows {@code level}. */
    public static String levelChanged(String uscc, String name, String level) {
        return """
                {"uscc":"%1$s","previousLevel":"A","level":"%3$s","score":70,"policyVersion":"2026.1","asOf":"2026-11-22",
                 "standing":{"uscc":"%1$s","name":"%2$s","organisationType":"SOCIAL_GROUP","region":"310104",
                   "establishedOn":"2010-01-15","status":"ACTIVE","ratingLevel":"A3","creditLevel":"%3$s","creditScore":70,
                   "policyVersion":"2026.1","abnormalListed":false,"taxInGoodStanding":true,
                   "socialInsuranceInGoodStanding":true}}""".formatted(uscc, name, level);
    }

    public static String newEventId() {
        return UUID.randomUUID().toString();
    }

    /** A distinct 18-character code; the projection trusts credit-service to have validated it. */
    public static String newUscc() {
        return ("51310104" + UUID.randomUUID().toString().replace("-", "").toUpperCase()).substring(0, 18);
    }
}
