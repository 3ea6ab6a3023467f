package org.govbuy.platform.draw;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A random draw that anyone can reproduce from its recorded seed (ADR 33): every candidate gets
 * the ticket SHA-256("seed:candidate-id") in hex, and candidates are drawn in ticket order. An
 * auditor recomputes the order with any SHA-256 tool from the seed and the candidates' ids. Used
 * for a tender's committee experts and for an evaluation's third-party agency.
 */
public final class SeededDraw {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SeededDraw() {
    }

    /** A fresh seed: 128 random bits in hex. */
    public static String newSeed() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The drawing order of these candidates under this seed (by ticket, then by id); ids are their {@code toString()}. */
    public static <T> List<T> order(String seed, Collection<T> candidates) {
        return candidates.stream().distinct()
                .sorted(Comparator.comparing((T id) -> ticket(seed, id)).thenComparing(Object::toString)).toList();
    }

    /** One candidate's ticket: the hex SHA-256 of {@code seed + ":" + candidate}. */
    public static String ticket(String seed, Object candidate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((seed + ":" + candidate).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
