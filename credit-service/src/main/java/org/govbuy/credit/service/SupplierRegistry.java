package org.govbuy.credit.service;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.credit.domain.Supplier;
import org.govbuy.credit.domain.SupplierRegistration;
import org.govbuy.credit.messaging.SupplierRegisteredV1;
import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.outbox.DomainEvent;
import org.govbuy.platform.outbox.Outbox;
import org.govbuy.platform.time.CalendarConfig;

/** Registration and look-up of suppliers; each change commits with its event. */
@ApplicationScoped
@Transactional
public class SupplierRegistry {

    private static final Logger LOG = Logger.getLogger(SupplierRegistry.class);

    private final Outbox outbox;
    private final Clock clock;
    private final CalendarConfig calendar;

    SupplierRegistry(Outbox outbox, Clock clock, CalendarConfig calendar) {
        this.outbox = outbox;
        this.clock = clock;
        this.calendar = calendar;
    }

    public Supplier register(SupplierRegistration registration, String registeredBy) {
        if (Supplier.findByIdOptional(registration.uscc().value()).isPresent()) {
            throw new IllegalTransitionException("a supplier with unified social credit code "
                    + registration.uscc() + " is already registered");
        }
        Supplier supplier = Supplier.register(registration, registeredBy, clock, calendar.zone());
        supplier.persist();
        outbox.record(new DomainEvent(SupplierRegisteredV1.TYPE, supplier.uscc, supplier.region,
                SupplierRegisteredV1.of(supplier)));
        LOG.infof("supplier %s registered (%s, region %s)", supplier.uscc, supplier.organisationType, supplier.region);
        return supplier;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Supplier> find(String uscc) {
        return Supplier.findByIdOptional(uscc);
    }
}
