package org.govbuy.credit.domain;

/**
 * Standing with other authorities that is part of eligibility: the statutory payments (seed 000
 * §五: 依法缴纳税收和社会保障资金) and, for an enterprise or a public institution, its annual report
 * filed with its registration authority (企业/事业单位年度报告公示), which stands for the annual
 * inspection a social organisation passes.
 */
public enum ComplianceKind {
    TAX,
    SOCIAL_INSURANCE,
    ANNUAL_REPORT;

    public boolean isStatutoryPayment() {
        return this != ANNUAL_REPORT;
    }
}
