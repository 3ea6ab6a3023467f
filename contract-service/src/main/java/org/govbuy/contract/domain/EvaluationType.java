package org.govbuy.contract.domain;

/** Which evaluation a result is: at half the term, at its end, or one the purchaser added. */
public enum EvaluationType {
    MID_TERM, FINAL, AD_HOC
}
