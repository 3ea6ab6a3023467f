package org.govbuy.credit.domain;

/** Statutory payments whose record is part of eligibility (seed 000 §五: 依法缴纳税收和社会保障资金). */
public enum ComplianceKind {
    TAX,
    SOCIAL_INSURANCE
}
