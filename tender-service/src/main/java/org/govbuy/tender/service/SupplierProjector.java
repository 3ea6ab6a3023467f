package org.govbuy.tender.service;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.platform.inbox.IncomingEvent;
import org.govbuy.tender.domain.SupplierProjection;
import org.govbuy.tender.messaging.SupplierRegisteredV1;
import org.govbuy.tender.messaging.SupplierStandingV1;

/** Keeps the local supplier projection in step with credit-service's events. */
@ApplicationScoped
public class SupplierProjector {

    private static final Logger LOG = Logger.getLogger(SupplierProjector.class);

    private final Clock clock;

    SupplierProjector(Clock clock) {
        this.clock = clock;
    }

    /** Runs inside the consumer's inbox transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void supplierRegistered(IncomingEvent event, SupplierRegisteredV1 data) {
        SupplierProjection supplier = SupplierProjection.<SupplierProjection>findByIdOptional(data.uscc())
                .orElseGet(SupplierProjection::new);
        if (isOlderThanKnown(event, supplier)) {
            return;
        }
        supplier.uscc = data.uscc();
        supplier.name = data.name();
        supplier.organisationType = data.organisationType();
        supplier.establishedOn = data.establishedOn();
        supplier.region = data.region();
        supplier.status = data.status();
        supplier.registeredAt = data.registeredAt();
        supplier.creditLevel = data.creditLevel();
        supplier.creditScore = data.creditScore();
        supplier.lastEventId = event.id();
        supplier.lastSequence = event.sequence() != null ? event.sequence() : supplier.lastSequence;
        supplier.updatedAt = clock.instant();
        supplier.persist();
        LOG.infof("supplier %s now known to tender-service (region %s)", data.uscc(), data.region());
    }

    /** Takes the standing a credit event carries as the supplier's whole current state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void standingChanged(IncomingEvent event, SupplierStandingV1 standing) {
        SupplierProjection supplier = SupplierProjection.<SupplierProjection>findByIdOptional(standing.uscc())
                .orElseGet(() -> {
                    SupplierProjection created = new SupplierProjection();
                    created.registeredAt = clock.instant();
                    return created;
                });
        if (isOlderThanKnown(event, supplier)) {
            return;
        }
        supplier.uscc = standing.uscc();
        supplier.name = standing.name();
        supplier.organisationType = standing.organisationType();
        supplier.establishedOn = standing.establishedOn();
        supplier.region = standing.region();
        supplier.status = standing.status();
        supplier.ratingLevel = standing.ratingLevel();
        supplier.creditLevel = standing.creditLevel();
        supplier.creditScore = standing.creditScore();
        supplier.policyVersion = standing.policyVersion();
        supplier.debarredFrom = standing.debarredFrom();
        supplier.debarredUntil = standing.debarredUntil();
        supplier.abnormalListed = standing.abnormalListed();
        supplier.latestInspectionYear = standing.latestInspectionYear();
        supplier.latestInspectionResult = standing.latestInspectionResult();
        supplier.taxInGoodStanding = standing.taxInGoodStanding();
        supplier.socialInsuranceInGoodStanding = standing.socialInsuranceInGoodStanding();
        supplier.lastMajorViolationOn = standing.lastMajorViolationOn();
        supplier.ratingValidUntil = standing.ratingValidUntil();
        supplier.taxStandingUntil = standing.taxStandingUntil();
        supplier.socialInsuranceStandingUntil = standing.socialInsuranceStandingUntil();
        supplier.lastEventId = event.id();
        supplier.lastSequence = event.sequence() != null ? event.sequence() : supplier.lastSequence;
        supplier.updatedAt = clock.instant();
        supplier.persist();
        LOG.infof("supplier %s standing updated by %s (level %s)", standing.uscc(), event.type(),
                standing.creditLevel());
    }

    /** Each credit event carries the whole standing: one older than the row's is stale. */
    private static boolean isOlderThanKnown(IncomingEvent event, SupplierProjection supplier) {
        if (event.isNotNewerThan(supplier.lastSequence)) {
            LOG.infof("credit event %s (%s, sequence %d) is older than what supplier %s shows (sequence %d); ignored",
                    event.id(), event.type(), event.sequence(), supplier.uscc, supplier.lastSequence);
            return true;
        }
        return false;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SupplierProjection> find(String uscc) {
        return SupplierProjection.findByIdOptional(uscc);
    }
}
