package org.govbuy.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.govbuy.platform.rest.PublicReadCache;

/** The record of which events each consumer has already processed. */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;
    private final PublicReadCache publicReads;

    Inbox(EntityManager entityManager, PublicReadCache publicReads) {
        this.entityManager = entityManager;
        this.publicReads = publicReads;
    }

    /**
     * Notes that {@code consumer} processes {@code event} in the current transaction. Returns false
     * when it already did: the caller then skips its effect. Concurrent duplicates wait on the
     * primary key, so exactly one of them sees true.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, IncomingEvent event) {
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO inbox_event (consumer, event_id, event_type) VALUES (?1, ?2, ?3)
                ON CONFLICT (consumer, event_id) DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .executeUpdate();
        if (inserted == 1) {
            // the consumer's effect (a projection, a status) may be shown publicly
            publicReads.forgetAfterCommit();
        }
        return inserted == 1;
    }
}
