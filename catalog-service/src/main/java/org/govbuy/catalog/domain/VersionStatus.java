package org.govbuy.catalog.domain;

/** Life of a catalogue version: draft → under review → published → superseded. */
public enum VersionStatus {
    DRAFT, UNDER_REVIEW, PUBLISHED, SUPERSEDED
}
