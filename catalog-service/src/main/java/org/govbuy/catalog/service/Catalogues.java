package org.govbuy.catalog.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.catalog.domain.CatalogueDiff;
import org.govbuy.catalog.domain.CatalogueEntry;
import org.govbuy.catalog.domain.CatalogueRules;
import org.govbuy.catalog.domain.CatalogueVersion;
import org.govbuy.catalog.domain.EntryDraft;
import org.govbuy.catalog.domain.EntryProblem;
import org.govbuy.catalog.domain.VersionStatus;
import org.govbuy.catalog.messaging.CatalogueEventsV1.VersionPublishedV1;
import org.govbuy.catalog.messaging.CatalogueEventsV1.VersionSupersededV1;
import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.outbox.DomainEvent;
import org.govbuy.platform.outbox.Outbox;

/** Drafting, reviewing and publishing catalogue versions; every change of state with its event. */
@ApplicationScoped
@Transactional
public class Catalogues {

    private static final Logger LOG = Logger.getLogger(Catalogues.class);

    private final Outbox outbox;
    private final Clock clock;

    Catalogues(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public CatalogueVersion draft(String region, int fiscalYear, String title, String by) {
        CatalogueVersion version = CatalogueVersion.draft(region, fiscalYear, title, by, clock.instant());
        version.persist();
        return version;
    }

    /** Next year's draft as a copy of {@code sourceId}'s entries. */
    public CatalogueVersion copyToNextYear(UUID sourceId, String by) {
        CatalogueVersion source = require(sourceId);
        CatalogueVersion next = source.draftNextYear(by, clock.instant());
        next.persist();
        store(next, entriesOf(sourceId).stream().map(CatalogueEntry::toDraft).toList());
        return next;
    }

    /**
     * Replaces every entry of a draft with {@code drafts}, all or nothing: when any entry breaks a
     * rule nothing is stored and every problem is reported.
     */
    public int replaceEntries(UUID versionId, List<EntryDraft> drafts, List<Integer> lines, String by) {
        CatalogueVersion version = lockForChange(versionId);
        version.change(by);
        List<EntryProblem> problems = CatalogueRules.check(drafts, lines);
        if (!problems.isEmpty()) {
            throw new InvalidEntries(problems);
        }
        CatalogueEntry.delete("versionId", versionId);
        CatalogueEntry.flush();
        store(version, drafts);
        return drafts.size();
    }

    /** Adds or replaces one entry of a draft; the whole set must still hold together. */
    public CatalogueEntry putEntry(UUID versionId, EntryDraft draft, String by) {
        CatalogueVersion version = lockForChange(versionId);
        version.change(by);
        List<EntryDraft> all = new ArrayList<>(entriesOf(versionId).stream().map(CatalogueEntry::toDraft)
                .filter(e -> !e.code().equals(draft.code())).toList());
        all.add(draft);
        // problems of the new entry itself, and of entries it would break (e.g. children of an item
        // that is turned into a sub-item), each named by its code
        List<EntryProblem> problems = CatalogueRules.check(all, 1).stream()
                .map(p -> p.line() == all.size() ? new EntryProblem(1, p.field(), p.rule())
                        : new EntryProblem(1, p.field(), "entry " + all.get(p.line() - 1).code() + " " + p.rule()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidEntries(problems);
        }
        Optional<CatalogueEntry> existing = entry(versionId, draft.code());
        int position = existing.map(e -> e.position).orElseGet(() -> entriesOf(versionId).size());
        existing.ifPresent(e -> {
            e.delete();
            CatalogueEntry.flush();
        });
        CatalogueEntry entry = CatalogueEntry.of(versionId, position, draft);
        entry.persist();
        return entry;
    }

    /** Removes an entry of a draft; an entry that still has children cannot go. */
    public void removeEntry(UUID versionId, String code, String by) {
        lockForChange(versionId).change(by);
        CatalogueEntry entry = entry(versionId, code)
                .orElseThrow(() -> new NotFoundProblem("no entry " + code + " in catalogue version " + versionId));
        if (CatalogueEntry.count("versionId = ?1 and parentCode = ?2", versionId, code) > 0) {
            throw new IllegalTransitionException("entry " + code + " still has entries below it");
        }
        entry.delete();
    }

    public CatalogueVersion submit(UUID versionId, String by) {
        CatalogueVersion version = lockForChange(versionId);
        if (CatalogueEntry.count("versionId", versionId) == 0) {
            throw new IllegalTransitionException("an empty catalogue version cannot be submitted");
        }
        version.submit(by, clock.instant());
        return version;
    }

    public CatalogueVersion describeRevision(UUID versionId, String note, String by) {
        CatalogueVersion version = lockForChange(versionId);
        version.describeRevision(note, by);
        return version;
    }

    public CatalogueVersion returnToDraft(UUID versionId, String by, String reason) {
        CatalogueVersion version = lockForChange(versionId);
        version.returnToDraft(by, reason);
        return version;
    }

    /**
     * Publishes (four eyes). A version published earlier for the same region and fiscal year is
     * superseded (this one corrects it); versions of other years stay in force for their years.
     */
    public CatalogueVersion approve(UUID versionId, String by) {
        CatalogueVersion version = lockForChange(versionId);
        Optional<CatalogueVersion> previous = CatalogueVersion.find("region = ?1 and fiscalYear = ?2 and status = ?3",
                version.region, version.fiscalYear, VersionStatus.PUBLISHED).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
        // supersede first: one published version per region and year is checked per statement;
        // if the approval is refused the whole transaction rolls back
        previous.ifPresent(old -> {
            old.supersede(version.id, clock.instant());
            CatalogueVersion.flush();
        });
        version.approve(by, clock.instant());
        previous.ifPresent(old -> outbox.record(new DomainEvent(VersionSupersededV1.TYPE, old.id.toString(),
                old.region, new VersionSupersededV1(old.id, old.region, old.fiscalYear, version.id, old.supersededAt))));
        outbox.record(new DomainEvent(VersionPublishedV1.TYPE, version.id.toString(), version.region,
                VersionPublishedV1.of(version, previous.map(v -> v.id).orElse(null), entriesOf(versionId))));
        LOG.infof("catalogue %s (%s, %d) published by %s", version.id, version.region, version.fiscalYear, by);
        return version;
    }

    /**
     * The version, locked until the transaction ends. Every change of a version or its entries
     * locks it first: entry edits and the submission or approval then happen one after the other,
     * so a reviewer approves exactly what was submitted, and a version's events carry sequence
     * numbers in commit order.
     */
    private CatalogueVersion lockForChange(UUID versionId) {
        return CatalogueVersion.<CatalogueVersion>findByIdOptional(versionId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundProblem("no catalogue version " + versionId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CatalogueVersion require(UUID versionId) {
        return CatalogueVersion.<CatalogueVersion>findByIdOptional(versionId)
                .orElseThrow(() -> new NotFoundProblem("no catalogue version " + versionId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CatalogueEntry> entriesOf(UUID versionId) {
        return CatalogueEntry.list("versionId = ?1 order by position", versionId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CatalogueEntry> entry(UUID versionId, String code) {
        return CatalogueEntry.find("versionId = ?1 and code = ?2", versionId, code).firstResultOptional();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CatalogueDiff diff(UUID fromId, UUID toId) {
        require(fromId);
        require(toId);
        return CatalogueDiff.between(entriesOf(fromId).stream().map(CatalogueEntry::toDraft).toList(),
                entriesOf(toId).stream().map(CatalogueEntry::toDraft).toList());
    }

    private void store(CatalogueVersion version, List<EntryDraft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            CatalogueEntry.of(version.id, i, drafts.get(i)).persist();
        }
    }

    /** Entries that break the catalogue's rules; nothing was stored. */
    public static class InvalidEntries extends RuntimeException {
        private final List<EntryProblem> problems;

        public InvalidEntries(List<EntryProblem> problems) {
            super(problems.size() + " problem(s) in the entries");
            this.problems = List.copyOf(problems);
        }

        public List<EntryProblem> problems() {
            return problems;
        }
    }
}
