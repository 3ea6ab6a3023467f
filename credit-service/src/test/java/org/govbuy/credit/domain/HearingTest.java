package org.govbuy.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.govbuy.platform.error.IllegalTransitionException;

/** 告知/申辩: a sanction waits for the organisation to be heard, or for its time to run out. */
class HearingTest {

    private static final LocalDate NOTIFIED = LocalDate.of(2026, 11, 23);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 30);
    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    @Test
    void withoutAStatementTheSanctionTakesEffectOnlyAfterTheDeadline() {
        Hearing hearing = Hearing.notified(NOTIFIED, DEADLINE);
        assertThat(hearing.endedWithoutStatement(DEADLINE)).isFalse();
        assertThat(hearing.endedWithoutStatement(DEADLINE.plusDays(1))).isTrue();
        assertThatThrownBy(() -> hearing.requireHeard(DEADLINE)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("until " + DEADLINE);
        hearing.requireHeard(DEADLINE.plusDays(1));
    }

    @Test
    void aStatementIsTakenOnceByTheDeadlineAndThenTheAuthorityMayDecideAtOnce() {
        Hearing hearing = Hearing.notified(NOTIFIED, DEADLINE);
        assertThatThrownBy(() -> hearing.takeStatement("late", DEADLINE.plusDays(1), NOW))
                .isInstanceOf(IllegalTransitionException.class);
        hearing.takeStatement("申辩意见", NOTIFIED.plusDays(2), NOW);
        assertThatThrownBy(() -> hearing.takeStatement("again", NOTIFIED.plusDays(3), NOW))
                .isInstanceOf(IllegalTransitionException.class);
        hearing.requireHeard(NOTIFIED.plusDays(2));
        assertThat(hearing.endedWithoutStatement(DEADLINE.plusDays(5))).isFalse();
    }
}
