package org.govbuy.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {

    /** A code as printed on a real business licence (check character 3). */
    private static final String PUBLISHED_EXAMPLE = "91350100M000100Y43";

    @Test
    void aCodeWithItsCorrectCheckCharacterIsAccepted() {
        assertThat(UnifiedSocialCreditCode.problemWith(PUBLISHED_EXAMPLE)).isNull();
        assertThat(new UnifiedSocialCreditCode(PUBLISHED_EXAMPLE).divisionCode()).isEqualTo("350100");
    }

    @Test
    void theCheckCharacterIsComputedByTheGb32100Weights() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void everySingleCharacterTypoIsDetected() {
        for (int position = 0; position < 17; position++) {
            for (char replacement : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
                if (replacement == PUBLISHED_EXAMPLE.charAt(position) || position >= 2 && position < 8
                        && !Character.isDigit(replacement)) {
                    continue;
                }
                String typo = PUBLISHED_EXAMPLE.substring(0, position) + replacement
                        + PUBLISHED_EXAMPLE.substring(position + 1);
                assertThat(UnifiedSocialCreditCode.problemWith(typo)).as(typo).isNotNull();
            }
        }
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertThat(UnifiedSocialCreditCode.problemWith("91350100M000100Y44")).contains("check character");
        assertThatThrownBy(() -> new UnifiedSocialCreditCode("91350100M000100Y44"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lettersThatLookLikeDigitsAreNotPartOfTheAlphabet() {
        assertThat(UnifiedSocialCreditCode.problemWith("91350100M0001O0Y43")).contains("'O' is not allowed");
        assertThat(UnifiedSocialCreditCode.problemWith("91350100m000100Y43")).contains("'m' is not allowed");
    }

    @Test
    void theDivisionCodeMustBeDigitsAndTheLengthExactly18() {
        assertThat(UnifiedSocialCreditCode.problemWith("91A50100M000100Y43")).contains("division code");
        assertThat(UnifiedSocialCreditCode.problemWith("91350100M000100Y4")).contains("18 characters");
        assertThat(UnifiedSocialCreditCode.problemWith(null)).contains("18 characters");
    }
}
