package org.govbuy.catalog.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.IllegalTransitionException;

/**
 * One version of a region's guidance catalogue (指导性目录) for a fiscal year. Drafted by a
 * catalogue administrator, reviewed by someone who did not change it (four eyes), published, and
 * in force for its fiscal year until a correction — a newer publication for the same region and
 * year — supersedes it. Next year's catalogue, published before the budget, does not end this
 * year's. A version is immutable once submitted.
 */
@Entity
@Table(name = "catalogue_version")
public class CatalogueVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    /** 6-digit administrative division code of the city or district that issues it. */
    @Column(nullable = false, length = 6)
    public String region;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(nullable = false, length = 200)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public VersionStatus status;

    @Column(name = "drafted_by", nullable = false, length = 100)
    public String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    public Instant draftedAt;

    @Column(name = "copied_from")
    public UUID copiedFrom;

    @Column(name = "submitted_by", length = 100)
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "reviewed_by", length = 100)
    public String reviewedBy;

    @Column(name = "return_reason", length = 1000)
    public String returnReason;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "superseded_at")
    public Instant supersededAt;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    /** Everyone who changed this version; none of them may approve it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> editors = new ArrayList<>();

    /** What this revision changes, and why (shown with the version and its diff). */
    @Column(name = "revision_note", length = 1000)
    public String revisionNote;

    @Version
    public long version;

    protected CatalogueVersion() {
    }

    public static CatalogueVersion draft(String region, int fiscalYear, String title, String by, Instant now) {
        CatalogueVersion version = new CatalogueVersion();
        version.id = UUID.randomUUID();
        version.region = region;
        version.fiscalYear = fiscalYear;
        version.title = title;
        version.status = VersionStatus.DRAFT;
        version.draftedBy = by;
        version.draftedAt = now;
        version.editors = new ArrayList<>(List.of(by));
        return version;
    }

    /** The next year's draft, to be filled with a copy of this version's entries. */
    public CatalogueVersion draftNextYear(String by, Instant now) {
        CatalogueVersion next = draft(region, fiscalYear + 1, title.replace(Integer.toString(fiscalYear),
                Integer.toString(fiscalYear + 1)), by, now);
        next.copiedFrom = id;
        return next;
    }

    /** Entries may change only while the version is a draft; whoever changes them is an editor. */
    public void change(String by) {
        if (status != VersionStatus.DRAFT) {
            throw new IllegalTransitionException("catalogue version " + id + " is " + status
                    + " and cannot be changed; draft a new version instead");
        }
        noteEditor(by);
    }

    /** Replaces the note that says what this revision changes and why. */
    public void describeRevision(String note, String by) {
        change(by);
        revisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    public void submit(String by, Instant now) {
        requireStatus(VersionStatus.DRAFT, "submit");
        noteEditor(by);
        status = VersionStatus.UNDER_REVIEW;
        submittedBy = by;
        submittedAt = now;
        returnReason = null;
    }

    /** Publishes; the reviewer must not be anyone who changed it (four eyes). */
    public void approve(String by, Instant now) {
        requireStatus(VersionStatus.UNDER_REVIEW, "approve");
        requireSecondPerson(by);
        status = VersionStatus.PUBLISHED;
        reviewedBy = by;
        publishedAt = now;
    }

    public void returnToDraft(String by, String reason) {
        requireStatus(VersionStatus.UNDER_REVIEW, "return");
        requireSecondPerson(by);
        if (reason == null || reason.isBlank()) {
            throw new org.govbuy.platform.error.DomainRuleViolation("reason", "must not be blank");
        }
        status = VersionStatus.DRAFT;
        reviewedBy = by;
        returnReason = reason;
    }

    public void supersede(UUID by, Instant now) {
        requireStatus(VersionStatus.PUBLISHED, "supersede");
        status = VersionStatus.SUPERSEDED;
        supersededBy = by;
        supersededAt = now;
    }

    private void requireSecondPerson(String by) {
        if (editors.contains(by) || by.equals(submittedBy)) {
            throw new FourEyesViolation("a person who changed or submitted catalogue version " + id
                    + " cannot also review it");
        }
    }

    private void noteEditor(String by) {
        if (!editors.contains(by)) {
            editors = new ArrayList<>(editors);
            editors.add(by);
        }
    }

    private void requireStatus(VersionStatus expected, String action) {
        if (status != expected) {
            throw new IllegalTransitionException("cannot " + action + " catalogue version " + id + " while it is "
                    + status);
        }
    }

    /** The same person tried to submit and review: refused (403). */
    public static class FourEyesViolation extends RuntimeException {
        public FourEyesViolation(String message) {
            super(message);
        }
    }
}
