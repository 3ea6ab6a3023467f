package org.govbuy.evaluation.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A single-use survey code (问卷码) handed to one recipient of the service, printed on paper. 15
 * characters of Crockford's base 32 (75 random bits; no I, L, O or U to misread), shown in groups
 * of five. Only the SHA-256 of the code is stored, with whether it was spent: the printed code
 * exists nowhere else, and nothing leads from it to the answer given with it.
 */
@Entity
@Table(name = "survey_code")
public class SurveyCode extends PanacheEntityBase {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 15;

    @Id
    public String codeHash;
    public UUID evaluationId;
    public boolean spent;

    /** A new printable code, e.g. {@code 7Q2KD-M9XTA-4HBR0}. */
    public static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 5 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    public static SurveyCode issued(UUID evaluationId, String code) {
        SurveyCode c = new SurveyCode();
        c.codeHash = hash(code);
        c.evaluationId = evaluationId;
        return c;
    }

    /** The code as typed, read leniently: case, spaces and dashes ignored, O read as 0, I and L as 1. */
    public static String normalise(String typed) {
        String upper = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return upper.length() != LENGTH ? upper
                : upper.substring(0, 5) + "-" + upper.substring(5, 10) + "-" + upper.substring(10);
    }

    public static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalise(code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
