package org.govbuy.credit.domain;

/** Who reported the fact behind a credit record. */
public enum RecordSource {
    PURCHASER, FINANCE, CIVIL_AFFAIRS, EVALUATION_RESULT, CONTRACT_BREACH, TENDER, COURT, TAX_AUTHORITY
}
