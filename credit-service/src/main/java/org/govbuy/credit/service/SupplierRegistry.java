package org.govbuy.credit.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.credit.domain.Affiliation;
import org.govbuy.credit.domain.Supplier;
import org.govbuy.credit.domain.SupplierChange;
import org.govbuy.credit.domain.SupplierRegistration;
import org.govbuy.credit.domain.SupplierUpdate;
import org.govbuy.credit.messaging.CreditEventsV1.SupplierDeregisteredV1;
import org.govbuy.credit.messaging.CreditEventsV1.SupplierUpdatedV1;
import org.govbuy.credit.messaging.SupplierRegisteredV1;
import org.govbuy.platform.error.DomainRuleViolation;
import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.outbox.DomainEvent;
import org.govbuy.platform.outbox.Outbox;
import org.govbuy.platform.time.CalendarConfig;

/** The supplier register: registration, changes with history, deregistration, affiliates. */
@ApplicationScoped
@Transactional
public class SupplierRegistry {

    private static final Logger LOG = Logger.getLogger(SupplierRegistry.class);

    private final Outbox outbox;
    private final Clock clock;
    private final CalendarConfig calendar;
    private final SupplierFacts facts;
    private final StandingEvents events;
    private final CreditAssessment assessment;

    SupplierRegistry(Outbox outbox, Clock clock, CalendarConfig calendar, SupplierFacts facts,
            StandingEvents events, CreditAssessment assessment) {
        this.assessment = assessment;
        this.outbox = outbox;
        this.clock = clock;
        this.calendar = calendar;
        this.facts = facts;
        this.events = events;
    }

    public Supplier register(SupplierRegistration registration, String registeredBy) {
        if (Supplier.findByIdOptional(registration.uscc().value()).isPresent()) {
            throw new IllegalTransitionException("a supplier with unified social credit code "
                    + registration.uscc() + " is already registered");
        }
        Supplier supplier = Supplier.register(registration, registeredBy, clock, calendar.zone());
        supplier.noteScore(assessment.scoreOf(supplier.uscc));
        supplier.persist();
        outbox.record(new DomainEvent(SupplierRegisteredV1.TYPE, supplier.uscc, supplier.region,
                SupplierRegisteredV1.of(supplier)));
        LOG.infof("supplier %s registered (%s, region %s)", supplier.uscc, supplier.organisationType, supplier.region);
        return supplier;
    }

    /** Changes register fields; each changed field goes into the history; one event for the lot. */
    public Supplier update(String uscc, SupplierUpdate update, String by) {
        Supplier supplier = facts.lockForChange(uscc);
        List<SupplierChange> changes = supplier.update(update, by, clock.instant());
        if (changes.isEmpty()) {
            return supplier;
        }
        changes.forEach(change -> change.persist());
        List<String> fields = changes.stream().map(change -> change.field).toList();
        events.publish(SupplierUpdatedV1.TYPE, supplier, standing -> new SupplierUpdatedV1(uscc, fields, standing));
        LOG.infof("supplier %s updated: %s", uscc, fields);
        return supplier;
    }

    public Supplier deregister(String uscc, String reason, String by) {
        Supplier supplier = facts.lockForChange(uscc);
        supplier.deregister(reason, by, clock.instant(), facts.today()).persist();
        events.publish(SupplierDeregisteredV1.TYPE, supplier,
                standing -> new SupplierDeregisteredV1(uscc, supplier.deregisteredOn, standing));
        LOG.infof("supplier %s deregistered", uscc);
        return supplier;
    }

    /** Names a related organisation; both must be registered. */
    public Affiliation addAffiliate(String uscc, String affiliateUscc, Affiliation.Relation relation, String by) {
        facts.require(uscc);
        if (uscc.equals(affiliateUscc)) {
            throw new DomainRuleViolation("affiliateUscc", "must not be the supplier itself");
        }
        if (facts.find(affiliateUscc).isEmpty()) {
            throw new DomainRuleViolation("affiliateUscc", "must be a registered supplier");
        }
        if (Affiliation.findByIdOptional(new Affiliation.Key(uscc, affiliateUscc)).isPresent()) {
            throw new IllegalTransitionException(affiliateUscc + " is already named as an affiliate of " + uscc);
        }
        Affiliation affiliation = new Affiliation();
        affiliation.uscc = uscc;
        affiliation.affiliateUscc = affiliateUscc;
        affiliation.relation = relation;
        affiliation.recordedAt = clock.instant();
        affiliation.recordedBy = by;
        affiliation.persist();
        return affiliation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Affiliation> affiliatesOf(String uscc) {
        return Affiliation.list("uscc", uscc);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupplierChange> historyOf(String uscc) {
        return SupplierChange.list("uscc = ?1 order by changedAt", uscc);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Supplier> find(String uscc) {
        return Supplier.findByIdOptional(uscc);
    }
}
