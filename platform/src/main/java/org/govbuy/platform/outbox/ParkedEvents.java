package org.govbuy.platform.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.time.Instants;

/**
 * Outbox rows the broker refused for good, for operators: what they are and why, and a way to let
 * the relay try one again once the cause is fixed (e.g. the broker's size limit raised).
 */
@ApplicationScoped
@Transactional
public class ParkedEvents {

    private static final Logger LOG = Logger.getLogger(ParkedEvents.class);

    private final EntityManager entityManager;

    ParkedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record ParkedEvent(UUID id, String aggregateId, String type, long sequence, Instant occurredAt,
            Instant parkedAt, int attempts, String lastError) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ParkedEvent> list() {
        List<?> rows = entityManager.createNativeQuery("""
                SELECT id, aggregate_id, event_type, coalesce(sequence, 0), occurred_at, parked_at, attempts, last_error
                  FROM outbox_event WHERE parked_at IS NOT NULL AND published_at IS NULL ORDER BY position""")
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new ParkedEvent((UUID) r[0], (String) r[1],
                (String) r[2], ((Number) r[3]).longValue(), Instants.of(r[4]), Instants.of(r[5]), ((Number) r[6]).intValue(),
                (String) r[7])).toList();
    }

    /** Unparks the row: the relay tries it (and the rows of its aggregate behind it) again. */
    public void retry(UUID id, String by) {
        int updated = entityManager.createNativeQuery(
                "UPDATE outbox_event SET parked_at = NULL WHERE id = ?1 AND parked_at IS NOT NULL AND published_at IS NULL")
                .setParameter(1, id).executeUpdate();
        if (updated == 0) {
            throw new NotFoundProblem("no parked outbox event " + id);
        }
        entityManager.createNativeQuery("SELECT pg_notify('govbuy_outbox', '')").getSingleResult();
        LOG.infof("parked outbox event %s released for another attempt by %s", id, by);
    }
}
