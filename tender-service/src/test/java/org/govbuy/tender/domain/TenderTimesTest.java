package org.govbuy.tender.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.govbuy.platform.error.UnprocessableRequest;
import org.govbuy.platform.time.WorkingDayCalendar;

/** The minimum periods of an announcement, counted in Beijing time with the official holidays. */
class TenderTimesTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** 2026: National Day 1–7 October off, Saturday 10 October worked (调休). */
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Map.of(2026, new WorkingDayCalendar.YearSchedule(
            Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 4),
                    LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            Set.of(LocalDate.of(2026, 10, 10)))));
    private static final TenderRules RULES = new TenderRules(20, 20, 3, 5, 15, 3,
            Map.of(ProcurementMethod.OPEN_TENDER, 3, ProcurementMethod.INVITED_TENDER, 3, ProcurementMethod.COMPETITIVE_NEGOTIATION, 2),
            new BigDecimal("10"), Period.ofYears(3), MonthDay.of(6, 30), BEIJING);

    private static Instant beijing(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0).atZone(BEIJING).toInstant();
    }

    private static Tender tender(ProcurementMethod method, Instant deadline, List<String> named) {
        PurchasePlan plan = new PurchasePlan();
        plan.id = java.util.UUID.randomUUID();
        plan.orgCode = "ORG";
        plan.region = "110108";
        plan.subItemCode = "A0701";
        TenderTerms terms = new TenderTerms("t", "c", BigDecimal.ONE, "项", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), Set.of(), null, null,
                new EvaluationMethod(EvaluationMethod.Kind.LOWEST_PRICE, null, List.of()), "p", "s", deadline, deadline, false, false, null);
        return Tender.draft(plan, method, terms, List.of(new Tender.LotDraft("一", new Money(new BigDecimal("100")))), named, "续期", "u",
                Instant.EPOCH, RULES);
    }

    @Test
    void competitiveNegotiationLeavesThreeWorkingDaysCountedAcrossNationalDayAndItsWorkedSaturday() {
        Instant announced = beijing(9, 30, 10);
        // 30 September + 3 working days: 8 October, 9 October, Saturday 10 October (调休)
        assertThatThrownBy(() -> tender(ProcurementMethod.COMPETITIVE_NEGOTIATION, beijing(10, 9, 17), List.of())
                .announce(announced, RULES, CALENDAR)).isInstanceOf(UnprocessableRequest.class)
                .hasMessageContaining("break the rules");
        Tender ok = tender(ProcurementMethod.COMPETITIVE_NEGOTIATION, beijing(10, 10, 9), List.of());
        ok.announce(announced, RULES, CALENDAR);
        assertThat(ok.status).isEqualTo(TenderStatus.ANNOUNCED);
    }

    @Test
    void aSingleSourceNoticeRunsFiveWorkingDaysAndItsBidComesAfterIt() {
        Instant announced = beijing(9, 28, 10);
        // Mon 28 September + 5 working days: 29, 30 Sep, 8, 9, 10 Oct: the notice ends at midnight starting 11 October
        Tender early = tender(ProcurementMethod.SINGLE_SOURCE, beijing(10, 10, 12), List.of("X"));
        assertThatThrownBy(() -> early.announce(announced, RULES, CALENDAR)).isInstanceOf(UnprocessableRequest.class);
        Tender tender = tender(ProcurementMethod.SINGLE_SOURCE, beijing(10, 12, 9), List.of("X"));
        tender.announce(announced, RULES, CALENDAR);
        assertThat(tender.status).isEqualTo(TenderStatus.NOTICE);
        assertThat(tender.noticeEndsAt).isEqualTo(LocalDate.of(2026, 10, 11).atStartOfDay(BEIJING).toInstant());
        assertThat(tender.proceedAfterNotice(tender.noticeEndsAt.minusSeconds(1), 0)).isFalse();
        assertThat(tender.proceedAfterNotice(tender.noticeEndsAt, 1)).isFalse();
        assertThat(tender.proceedAfterNotice(tender.noticeEndsAt, 0)).isTrue();
    }

    @Test
    void anInvitedTenderInvitesAtLeastAsManySuppliersAsALotNeedsValidBids() {
        assertThatThrownBy(() -> tender(ProcurementMethod.INVITED_TENDER, beijing(12, 30, 9), List.of("A", "B")))
                .isInstanceOf(UnprocessableRequest.class).hasMessageContaining("at least 3");
    }

    @Test
    void comprehensiveScoringWeightsSumToAHundredWithThePriceWeightAtLeastTheServicesMinimum() {
        EvaluationMethod lowPrice = new EvaluationMethod(EvaluationMethod.Kind.COMPREHENSIVE_SCORING, new BigDecimal("5"),
                List.of(new EvaluationMethod.Criterion("方案", BigDecimal.TEN, new BigDecimal("95"))));
        assertThatThrownBy(() -> lowPrice.requireValid(BigDecimal.TEN)).isInstanceOf(UnprocessableRequest.class);
        EvaluationMethod short90 = new EvaluationMethod(EvaluationMethod.Kind.COMPREHENSIVE_SCORING, new BigDecimal("30"),
                List.of(new EvaluationMethod.Criterion("方案", BigDecimal.TEN, new BigDecimal("60"))));
        assertThatThrownBy(() -> short90.requireValid(BigDecimal.TEN)).hasMessageContaining("not sound");
        new EvaluationMethod(EvaluationMethod.Kind.COMPREHENSIVE_SCORING, new BigDecimal("30"),
                List.of(new EvaluationMethod.Criterion("方案", BigDecimal.TEN, new BigDecimal("70")))).requireValid(BigDecimal.TEN);
    }
}
