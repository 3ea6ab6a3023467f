package org.govbuy.tender.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.time.WorkingDayCalendar;

/** The award's periods on the official calendar, and when an award may become final or be declined. */
class AwardTimesTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** 2026: National Day 1–7 October off, Saturday 10 October worked (调休). */
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Map.of(2026, new WorkingDayCalendar.YearSchedule(
            Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 4),
                    LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            Set.of(LocalDate.of(2026, 10, 10)))));
    private static final AwardRules RULES = new AwardRules(5, 7, 7, 10, BEIJING);

    private static Instant beijing(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0).atZone(BEIJING).toInstant();
    }

    @Test
    void publicityPublishedOnAFridayRunsOverTheWeekendToTheNextFriday() {
        // Fri 20 Nov: Mon 23 … Fri 27 are the five working days; it ends as Saturday 28 begins
        assertThat(RULES.periodEnd(beijing(11, 20, 15), 5, CALENDAR)).isEqualTo(beijing(11, 28, 0));
    }

    @Test
    void publicityBeforeNationalDaySkipsTheHolidayAndCountsTheWorkedSaturday() {
        // Wed 30 Sep: 1–7 Oct off; Thu 8, Fri 9, Sat 10 (worked), Mon 12, Tue 13 → ends as 14 Oct begins
        assertThat(RULES.periodEnd(beijing(9, 30, 10), 5, CALENDAR)).isEqualTo(beijing(10, 14, 0));
        // challenges: seven working days → Wed 14, Thu 15 too, ending as 16 Oct begins
        assertThat(RULES.periodEnd(beijing(9, 30, 10), 7, CALENDAR)).isEqualTo(beijing(10, 16, 0));
    }

    @Test
    void anAwardBecomesFinalOnlyWhenBothPeriodsHaveEndedAndNothingIsUnanswered() {
        LotAward award = LotAward.recommend(tender(), 1, 1, bid(), 1, beijing(9, 30, 10), RULES, CALENDAR);
        assertThat(award.publicityEndsAt).isEqualTo(beijing(10, 14, 0));
        assertThat(award.finalisableAt()).isEqualTo(beijing(10, 16, 0));
        assertThat(award.finaliseIfDue(beijing(10, 15, 23), 0)).isFalse();
        assertThat(award.finaliseIfDue(beijing(10, 16, 0), 1)).isFalse();
        assertThat(award.finaliseIfDue(beijing(10, 16, 0), 0)).isTrue();
        assertThat(award.status).isEqualTo(LotAward.Status.FINAL);
        assertThat(award.noticeNumber).startsWith("ZB-").endsWith("-1-1");
        assertThatThrownBy(() -> award.requireTakingChallenges(beijing(10, 16, 1)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theWinnerMayDeclineOnlyWithinTheDaysAfterTheFinalAward() {
        LotAward late = LotAward.recommend(tender(), 1, 1, bid(), 1, beijing(9, 30, 10), RULES, CALENDAR);
        late.finaliseIfDue(beijing(10, 16, 0), 0);
        assertThatThrownBy(() -> late.abandon("来不及", beijing(10, 26, 0), RULES))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("until");
        LotAward inTime = LotAward.recommend(tender(), 1, 1, bid(), 1, beijing(9, 30, 10), RULES, CALENDAR);
        inTime.finaliseIfDue(beijing(10, 16, 0), 0);
        inTime.abandon("人员无法到位", beijing(10, 25, 23), RULES);
        assertThat(inTime.status).isEqualTo(LotAward.Status.ABANDONED);
    }

    private static Tender tender() {
        Tender tender = new Tender();
        tender.id = UUID.randomUUID();
        return tender;
    }

    private static Bid bid() {
        Bid bid = new Bid();
        bid.id = UUID.randomUUID();
        bid.leadUscc = "51110108MJ00000025";
        bid.members = List.of();
        bid.openedPrice = new Money(new BigDecimal("500000"));
        return bid;
    }
}
