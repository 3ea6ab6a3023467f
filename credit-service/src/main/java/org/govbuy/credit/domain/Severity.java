package org.govbuy.credit.domain;

/** How grave a negative credit record is; positive records carry NONE. */
public enum Severity {
    NONE, MINOR, GENERAL, SERIOUS, MAJOR
}
