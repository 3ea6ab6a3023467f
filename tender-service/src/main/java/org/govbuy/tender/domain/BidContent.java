package org.govbuy.tender.domain;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What a bid says, sealed until the opening: the price, the service proposal, the bidder's
 * declarations and the list of its documents (name, type, size, SHA-256), bound to its bid, tender, lot and bidders. Its canonical form (JSON, keys sorted,
 * no spaces, the price with two decimals) is what the receipt's SHA-256 covers; a random salt inside
 * it keeps the digest from revealing a guessable price.
 */
public record BidContent(UUID bidId, UUID tenderId, int lot, String lead, List<String> members, Money price,
        String proposal, List<String> declarations, List<BidDocument.Listing> documents, String salt) {

    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final SecureRandom RANDOM = new SecureRandom();

    public BidContent {
        members = List.copyOf(members);
        declarations = List.copyOf(declarations);
        documents = documents.stream().sorted(java.util.Comparator.comparing(BidDocument.Listing::name)).toList();
    }

    public static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return Base64.getEncoder().encodeToString(salt);
    }

    public byte[] canonical() {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("bidId", bidId.toString());
        fields.put("tenderId", tenderId.toString());
        fields.put("lot", lot);
        fields.put("lead", lead);
        fields.put("members", members);
        fields.put("price", price.amount().toPlainString());
        fields.put("proposal", proposal);
        fields.put("declarations", declarations);
        fields.put("documents", documents.stream().map(d -> new TreeMap<>(Map.of("name", d.name(), "mediaType",
                d.mediaType(), "size", d.size(), "sha256", d.sha256()))).toList());
        fields.put("salt", salt);
        try {
            return JSON.writeValueAsBytes(fields);
        } catch (IOException e) {
            throw new IllegalStateException("a bid's content is always writable", e);
        }
    }

    /** The SHA-256 of the canonical form, hex, lower case. */
    public String digest() {
        return sha256(canonical());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the canonical form back (at the opening). */
    public static BidContent read(byte[] canonical) throws IOException {
        JsonNode n = JSON.readTree(canonical);
        return new BidContent(UUID.fromString(n.get("bidId").asText()), UUID.fromString(n.get("tenderId").asText()),
                n.get("lot").asInt(), n.get("lead").asText(), strings(n.get("members")),
                new Money(new BigDecimal(n.get("price").asText())), n.get("proposal").asText(),
                strings(n.get("declarations")), documents(n.get("documents")), n.get("salt").asText());
    }

    private static List<BidDocument.Listing> documents(JsonNode array) {
        List<BidDocument.Listing> documents = new java.util.ArrayList<>();
        if (array != null) {
            array.forEach(d -> documents.add(new BidDocument.Listing(d.get("name").asText(), d.get("mediaType").asText(),
                    d.get("size").asLong(), d.get("sha256").asText())));
        }
        return documents;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** What the sealed box is bound to: a sealed content moved to another bid does not open. */
    public static byte[] associatedData(UUID bidId, UUID tenderId, int lot, String lead) {
        return (bidId + "|" + tenderId + "|" + lot + "|" + lead).getBytes(StandardCharsets.UTF_8);
    }
}
