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
        supplier.lastEventId = event.id();
        supplier.updatedAt = clock.instant();
        supplier.persist();
        LOG.infof("supplier %s standing updated by %s (level %s)", standing.uscc(), event.type(),
                standing.creditLevel());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SupplierProjection> find(String uscc) {
        return SupplierProjection.findByIdOptional(uscc);
    }
}
