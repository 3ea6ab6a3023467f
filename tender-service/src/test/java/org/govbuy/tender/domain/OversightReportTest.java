package org.govbuy.tender.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.govbuy.tender.domain.OversightReport.Award;
import org.govbuy.tender.domain.OversightReport.LotOutcome;

/** The oversight figures on a known year of two departments, worked by hand. */
class OversightReportTest {

    private static final BigDecimal GOAL = new BigDecimal("0.30");

    @Test
    void theSocialOrganisationShareAgainstTheThirtyPercentGoalPerDepartmentAndInTotal() {
        List<Award> awards = List.of(
                // civil affairs of Haidian: 600 000 to social organisations of 800 000 → 0.75
                new Award("110108", "CIVIL", ProcurementMethod.OPEN_TENDER, "SOCIAL_SERVICE_ORGANISATION", amount("400000")),
                new Award("110108", "CIVIL", ProcurementMethod.SINGLE_SOURCE, "FOUNDATION", amount("200000")),
                new Award("110108", "CIVIL", ProcurementMethod.OPEN_TENDER, "ENTERPRISE", amount("200000")),
                // health of Haidian: 100 000 of 1 200 000 → 0.0833, below the goal
                new Award("110108", "HEALTH", ProcurementMethod.OPEN_TENDER, "ENTERPRISE", amount("1100000")),
                new Award("110108", "HEALTH", ProcurementMethod.COMPETITIVE_NEGOTIATION, "SOCIAL_GROUP", amount("100000")));
        List<LotOutcome> outcomes = List.of(new LotOutcome("110108", "CIVIL", false), new LotOutcome("110108", "CIVIL", false),
                new LotOutcome("110108", "CIVIL", false), new LotOutcome("110108", "CIVIL", true),
                new LotOutcome("110108", "HEALTH", false), new LotOutcome("110108", "HEALTH", false),
                new LotOutcome("110108", "EDUCATION", true));

        OversightReport.Report report = OversightReport.of(2027, GOAL, awards, outcomes);

        OversightReport.Figures civil = report.departments().get(0);
        assertThat(civil.orgCode()).isEqualTo("CIVIL");
        assertThat(civil.awarded()).isEqualByComparingTo("800000");
        assertThat(civil.socialOrganisationShare()).isEqualByComparingTo("0.75");
        assertThat(civil.socialOrganisationGoalMet()).isTrue();
        assertThat(civil.singleSourceShare()).isEqualByComparingTo("0.25");
        assertThat(civil.byMethod()).containsEntry("OPEN_TENDER", amount("600000"))
                .containsEntry("SINGLE_SOURCE", amount("200000"));
        assertThat(civil.failedLotRate()).isEqualByComparingTo("0.25");

        OversightReport.Figures education = report.departments().get(1);
        assertThat(education.orgCode()).isEqualTo("EDUCATION");
        assertThat(education.awarded()).isEqualByComparingTo("0");
        assertThat(education.socialOrganisationShare()).isNull();
        assertThat(education.failedLotRate()).isEqualByComparingTo("1");

        OversightReport.Figures health = report.departments().get(2);
        assertThat(health.socialOrganisationShare()).isEqualByComparingTo("0.0833");
        assertThat(health.socialOrganisationGoalMet()).isFalse();

        // in total: 700 000 of 2 000 000 → 0.35, single source 0.10, 2 failed of 7 lots → 0.2857
        assertThat(report.total().awarded()).isEqualByComparingTo("2000000");
        assertThat(report.total().socialOrganisationAmount()).isEqualByComparingTo("700000");
        assertThat(report.total().socialOrganisationShare()).isEqualByComparingTo("0.35");
        assertThat(report.total().socialOrganisationGoalMet()).isTrue();
        assertThat(report.total().singleSourceShare()).isEqualByComparingTo("0.1");
        assertThat(report.total().byOrganisationType()).containsEntry("ENTERPRISE", amount("1300000"));
        assertThat(report.total().failedLotRate()).isEqualByComparingTo("0.2857");
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value).setScale(2);
    }
}
