package org.govbuy.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SurveyCodeTest {

    @Test
    void codesArePrintableUnambiguousAndReadLeniently() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = SurveyCode.newCode();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
        assertThat(SurveyCode.hash("7q2kd m9xta 4hbr0")).isEqualTo(SurveyCode.hash("7Q2KD-M9XTA-4HBR0"));
        assertThat(SurveyCode.hash("7Q2KD-M9XTA-4HBRO")).isEqualTo(SurveyCode.hash("7Q2KD-M9XTA-4HBR0"));
        assertThat(SurveyCode.hash("7Q2KD-M9XTA-4HBR1")).isNotEqualTo(SurveyCode.hash("7Q2KD-M9XTA-4HBR0"));
        assertThat(SurveyCode.hash("7Q2KD-M9XTA-4HBR0")).hasSize(64).doesNotContain("7Q2KD");
    }
}
