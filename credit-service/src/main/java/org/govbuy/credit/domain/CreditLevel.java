package org.govbuy.credit.domain;

/** The credit level derived from the score: A (trustworthy) to D (dishonest). */
public enum CreditLevel {
    A, B, C, D
}
