package org.govbuy.platform.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Schedules durable jobs in the caller's transaction, so a job exists exactly when the change that
 * needs it committed (a tender announced schedules its closing).
 */
@ApplicationScoped
public class Jobs {

    private final EntityManager entityManager;
    private final Clock clock;

    Jobs(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Schedules {@code kind}/{@code key} at {@code dueAt}. Returns false when that occurrence is
     * already scheduled (it keeps its first time; use {@link #reschedule} to move it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean schedule(String kind, String key, Instant dueAt, String payload) {
        return entityManager.createNativeQuery("""
                INSERT INTO scheduled_job (id, kind, job_key, due_at, payload, created_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (kind, job_key) DO NOTHING""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, kind).setParameter(3, key)
                .setParameter(4, dueAt).setParameter(5, payload).setParameter(6, clock.instant())
                .executeUpdate() == 1;
    }

    /** Moves a job that has not run yet (e.g. a deadline pushed out by an amendment). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean reschedule(String kind, String key, Instant dueAt) {
        return entityManager.createNativeQuery(
                "UPDATE scheduled_job SET due_at = ?3 WHERE kind = ?1 AND job_key = ?2 AND done_at IS NULL")
                .setParameter(1, kind).setParameter(2, key).setParameter(3, dueAt).executeUpdate() == 1;
    }

    /** Cancels a job that has not run yet (e.g. the tender was cancelled). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean cancel(String kind, String key) {
        return entityManager.createNativeQuery(
                "DELETE FROM scheduled_job WHERE kind = ?1 AND job_key = ?2 AND done_at IS NULL")
                .setParameter(1, kind).setParameter(2, key).executeUpdate() == 1;
    }
}
