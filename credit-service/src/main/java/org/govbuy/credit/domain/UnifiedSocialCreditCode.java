package org.govbuy.credit.domain;

import java.util.Objects;

/**
 * The 18-character unified social credit code (统一社会信用代码, GB 32100-2015) that identifies every
 * organisation: registration authority (1), organisation type (1), administrative division (6),
 * organisation code (9) and a check character (1), drawn from 0-9 and 21 capital letters (no I, O,
 * S, V, Z). The check character makes most typing errors detectable.
 */
public record UnifiedSocialCreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    public UnifiedSocialCreditCode {
        Objects.requireNonNull(value, "value");
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Null when {@code candidate} is a valid code; otherwise the rule it breaks, in words. */
    public static String problemWith(String candidate) {
        if (candidate == null || candidate.length() != 18) {
            return "must be exactly 18 characters";
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
                return "character " + (i + 1) + " '" + candidate.charAt(i)
                        + "' is not allowed (digits and capital letters except I, O, S, V, Z)";
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(candidate.charAt(i))) {
                return "characters 3 to 8 must be the administrative division code (digits)";
            }
        }
        char expected = checkCharacter(candidate.substring(0, 17));
        if (candidate.charAt(17) != expected) {
            return "check character (GB 32100-2015) is wrong";
        }
        return null;
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    /** Characters 1 and 2: the registration authority and the organisation type it registered. */
    public String authorityAndType() {
        return value.substring(0, 2);
    }

    /** Characters 3 to 8: the division code of the registering authority. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }
}
