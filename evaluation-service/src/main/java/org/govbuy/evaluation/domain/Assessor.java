package org.govbuy.evaluation.domain;

/** Who scores the assessed indicators: the drawn third-party agency, and the purchaser as the lead of the evaluation. */
public enum Assessor {
    AGENCY, PURCHASER
}
