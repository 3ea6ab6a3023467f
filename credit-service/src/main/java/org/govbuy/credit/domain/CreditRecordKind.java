package org.govbuy.credit.domain;

/** What a credit record (信用记录) is about. */
public enum CreditRecordKind {
    /** 绩效评价结果: positive or negative by grade */
    PERFORMANCE_EVALUATION(null),
    /** 合同违约 */
    CONTRACT_BREACH(false),
    /** 弃标: a winner abandoned the award */
    ABANDONED_AWARD(false),
    /** 提供虚假信息 */
    FALSE_INFORMATION(false),
    /** 重大违法违规: major by definition (seed 000 §五(五)) */
    MAJOR_VIOLATION_OF_LAW(false, Severity.MAJOR),
    /** 欠缴税款或社会保险费 */
    TAX_OR_SOCIAL_INSURANCE_ARREARS(false),
    /** 表彰奖励 */
    COMMENDATION(true);

    /** True for always positive, false for always negative, null when the record says. */
    private final Boolean positive;
    /** The least severity a record of this kind may have (null: any). */
    private final Severity minimumSeverity;

    CreditRecordKind(Boolean positive) {
        this(positive, null);
    }

    CreditRecordKind(Boolean positive, Severity minimumSeverity) {
        this.positive = positive;
        this.minimumSeverity = minimumSeverity;
    }

    /** Null when {@code severity} suits this kind, else the rule it breaks. */
    public String problemWith(Severity severity) {
        boolean positiveRecord = isPositive(severity);
        if (!positiveRecord && severity == Severity.NONE) {
            return "a negative record needs a severity (MINOR to MAJOR)";
        }
        if (positiveRecord && severity != Severity.NONE) {
            return "a " + this + " record has no severity (NONE)";
        }
        if (minimumSeverity != null && severity.ordinal() < minimumSeverity.ordinal()) {
            return "a " + this + " record is " + minimumSeverity + " by definition";
        }
        return null;
    }

    /** Whether a record of this kind with this severity is positive (counts for the supplier). */
    public boolean isPositive(Severity severity) {
        return positive != null ? positive : severity == Severity.NONE;
    }
}
