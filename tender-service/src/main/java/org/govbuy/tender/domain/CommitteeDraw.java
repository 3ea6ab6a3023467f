package org.govbuy.tender.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The random draw of a committee's experts, reproducible from its seed (ADR 33): every eligible
 * expert gets the ticket SHA-256("seed:expert-id") in hex, and experts are drawn in ticket order.
 * An auditor recomputes the order with any SHA-256 tool from the recorded seed and candidates;
 * a member who declares a conflict is replaced by the next expert in the same order.
 */
public final class CommitteeDraw {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CommitteeDraw() {
    }

    /** A fresh seed: 128 random bits in hex. */
    public static String newSeed() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The drawing order of these candidates under this seed (by ticket, then by id). */
    public static List<UUID> order(String seed, Collection<UUID> candidates) {
        return candidates.stream().distinct()
                .sorted(Comparator.comparing((UUID id) -> ticket(seed, id)).thenComparing(UUID::toString)).toList();
    }

    /** One candidate's ticket: the hex SHA-256 of {@code seed + ":" + id}. */
    public static String ticket(String seed, UUID candidate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((seed + ":" + candidate).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
