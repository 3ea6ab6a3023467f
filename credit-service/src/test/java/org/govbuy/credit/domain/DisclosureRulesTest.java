package org.govbuy.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.govbuy.platform.time.WorkingDayCalendar;

class DisclosureRulesTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** National Day and Mid-Autumn 2026 as officially scheduled (the rest of 2026 left out here). */
    private static final WorkingDayCalendar NATIONAL_DAY_2026 = new WorkingDayCalendar(Map.of(2026,
            new WorkingDayCalendar.YearSchedule(Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2),
                    LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
                    Set.of(LocalDate.of(2026, 10, 10)))));

    @Test
    void theAnnualReportIsDueBy31March() {
        DisclosureObligation report = DisclosureObligation.annualReport("91350100M000100Y43", 2025);
        assertThat(report.dueOn).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(report.needsNotice(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(report.needsNotice(LocalDate.of(2026, 4, 1))).isTrue();
    }

    @Test
    void aChangeIsDueWithinTwentyWorkingDays() {
        DisclosureObligation change = DisclosureObligation.changeReport("91350100M000100Y43", "法定代表人变更",
                LocalDate.of(2026, 9, 30), NATIONAL_DAY_2026, 20);
        // 8, 9, 10 (调休), 12–16, 19–23, 26–30 October, 2 and 3 November
        assertThat(change.dueOn).isEqualTo(LocalDate.of(2026, 11, 3));
    }

    @Test
    void afterTheNoticeOnlyTheCorrectionDeadlineCounts() {
        DisclosureObligation report = DisclosureObligation.annualReport("91350100M000100Y43", 2025);
        report.issueNotice(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 15));
        assertThat(report.needsNotice(LocalDate.of(2026, 4, 2))).isFalse();
        assertThat(report.pastCorrectionDeadline(LocalDate.of(2026, 4, 15))).isFalse();
        assertThat(report.pastCorrectionDeadline(LocalDate.of(2026, 4, 16))).isTrue();
        report.fulfil(Instant.parse("2026-04-20T02:00:00Z"), "民政局信息公开平台", BEIJING,
                Instant.parse("2026-04-20T03:00:00Z"));
        assertThat(report.pastCorrectionDeadline(LocalDate.of(2026, 4, 21))).isFalse();
        assertThat(report.metLate()).isTrue();
    }

    @Test
    void aReportPublishedAt2330On31MarchInBeijingIsOnTimeWhenRecordedTheNextMorning() {
        DisclosureObligation report = DisclosureObligation.annualReport("91350100M000100Y43", 2025);
        report.fulfil(Instant.parse("2026-03-31T15:30:00Z"), "https://www.chinanpo.gov.cn/", BEIJING,
                Instant.parse("2026-04-01T01:00:00Z"));
        assertThat(report.fulfilledOn).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(report.metLate()).isFalse();

        DisclosureObligation late = DisclosureObligation.annualReport("91350100M000100Y43", 2025);
        late.fulfil(Instant.parse("2026-03-31T16:30:00Z"), "https://www.chinanpo.gov.cn/", BEIJING,
                Instant.parse("2026-04-01T01:00:00Z"));
        assertThat(late.fulfilledOn).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(late.metLate()).isTrue();
    }
}
