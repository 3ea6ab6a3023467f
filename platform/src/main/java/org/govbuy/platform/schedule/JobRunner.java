package org.govbuy.platform.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.govbuy.platform.time.CalendarConfig;
import org.govbuy.platform.time.Instants;

/**
 * Runs due jobs on this instance. Every instance may run one: a job is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and run in the transaction that marks it done, so it takes
 * effect once however many instances look. "Due" is read from the injectable Clock. A failed job
 * is tried again with growing delays, its error written on the row.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);
    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    private final JobConfig config;
    private final Clock clock;
    private final CalendarConfig calendar;
    private final EntityManager entityManager;
    private final Map<String, JobHandler> handlers = new HashMap<>();
    private final Map<String, ExecutionTime> schedules = new HashMap<>();
    private volatile boolean running;
    private volatile long failing;
    private Thread thread;

    JobRunner(JobConfig config, Clock clock, CalendarConfig calendar, EntityManager entityManager,
            Instance<JobHandler> handlers, Instance<RecurringJob> recurring, MeterRegistry registry) {
        this.config = config;
        this.clock = clock;
        this.calendar = calendar;
        this.entityManager = entityManager;
        handlers.forEach(handler -> register(handler));
        recurring.forEach(job -> {
            register(job);
            schedules.put(job.kind(), ExecutionTime.forCron(CRON.parse(job.cron())));
        });
        Gauge.builder("govbuy.jobs.failing", this, JobRunner::failing)
                .description("Due jobs whose last attempt failed").register(registry);
    }

    private void register(JobHandler handler) {
        JobHandler earlier = handlers.putIfAbsent(handler.kind(), handler);
        if (earlier != null && earlier != handler) {
            throw new IllegalStateException("two handlers for job kind " + handler.kind());
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        scheduleNextOccurrences();
        running = true;
        thread = Thread.ofPlatform().name("job-runner").daemon().start(this::loop);
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void loop() {
        while (running) {
            try {
                runDue();
                refreshFailing();
            } catch (RuntimeException e) {
                LOG.warnf("job runner: cannot look for due jobs now (%s)", e.getMessage());
            }
            LockSupport.parkNanos(config.pollInterval().toNanos());
        }
    }

    /** Runs every job due now, one transaction each; returns how many ran (failed ones included). */
    public int runDue() {
        int ran = 0;
        while (!(Thread.currentThread() == thread && !running)) {
            try {
                if (!QuarkusTransaction.requiringNew().call(this::runOne)) {
                    return ran;
                }
            } catch (JobFailed failed) {
                // the job's transaction rolled back with its work; the row keeps the error and comes back later
                QuarkusTransaction.requiringNew().run(() -> noteFailure(failed.job, failed.getCause()));
            }
            ran++;
        }
        return ran;
    }

    /** Claims the earliest due job and runs it; false when none is due. */
    private boolean runOne() {
        Instant now = clock.instant();
        List<?> rows = entityManager.createNativeQuery("""
                SELECT id, kind, job_key, due_at, payload, attempts FROM scheduled_job
                 WHERE done_at IS NULL AND due_at <= ?1 ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, now).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = (Object[]) rows.get(0);
        DueJob job = new DueJob((UUID) row[0], (String) row[1], (String) row[2], Instants.of(row[3]), (String) row[4],
                ((Number) row[5]).intValue() + 1);
        JobHandler handler = handlers.get(job.kind());
        try {
            if (handler == null) {
                throw new IllegalStateException("no handler for job kind " + job.kind() + " on this instance");
            }
            handler.run(job);
        } catch (RuntimeException e) {
            throw new JobFailed(job, e);
        }
        entityManager.createNativeQuery("UPDATE scheduled_job SET done_at = ?2, attempts = attempts + 1 WHERE id = ?1")
                .setParameter(1, job.id()).setParameter(2, now).executeUpdate();
        if (schedules.containsKey(job.kind())) {
            scheduleNext(job.kind(), now);
        }
        LOG.debugf("job %s/%s done", job.kind(), job.key());
        return true;
    }

    /** A handler failed; carries the job out of its rolled-back transaction. */
    private static final class JobFailed extends RuntimeException {
        private final transient DueJob job;

        JobFailed(DueJob job, RuntimeException cause) {
            super(cause);
            this.job = job;
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private void noteFailure(DueJob job, RuntimeException error) {
        Duration delay = config.firstRetryDelay().multipliedBy(1L << Math.min(20, job.attempt() - 1));
        if (delay.compareTo(config.maxRetryDelay()) > 0) {
            delay = config.maxRetryDelay();
        }
        String message = error.getClass().getSimpleName() + ": " + error.getMessage();
        entityManager.createNativeQuery("""
                UPDATE scheduled_job SET attempts = attempts + 1, last_error = ?2, due_at = ?3 WHERE id = ?1""")
                .setParameter(1, job.id()).setParameter(2, message.substring(0, Math.min(1000, message.length())))
                .setParameter(3, clock.instant().plus(delay)).executeUpdate();
        LOG.warnf("job %s/%s failed (attempt %d), tried again in %s: %s", job.kind(), job.key(), job.attempt(),
                delay, message);
    }

    /**
     * Every recurring job has its next occurrence scheduled (an overdue one is kept: it runs now).
     * Called at start; tests that run jobs by hand call it themselves.
     */
    public void scheduleNextOccurrences() {
        QuarkusTransaction.requiringNew().run(() -> schedules.keySet().forEach(kind -> {
            Number pending = (Number) entityManager.createNativeQuery(
                    "SELECT count(*) FROM scheduled_job WHERE kind = ?1 AND done_at IS NULL")
                    .setParameter(1, kind).getSingleResult();
            if (pending.longValue() == 0) {
                scheduleNext(kind, clock.instant());
            }
        }));
    }

    private void scheduleNext(String kind, Instant after) {
        ZonedDateTime from = after.atZone(calendar.zone());
        schedules.get(kind).nextExecution(from).ifPresent(next -> entityManager.createNativeQuery("""
                INSERT INTO scheduled_job (id, kind, job_key, due_at, created_at)
                VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (kind, job_key) DO NOTHING""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, kind)
                .setParameter(3, next.toOffsetDateTime().toString()).setParameter(4, next.toInstant())
                .setParameter(5, clock.instant()).executeUpdate());
    }

    private void refreshFailing() {
        failing = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM scheduled_job WHERE done_at IS NULL AND last_error IS NOT NULL")
                .getSingleResult()).longValue());
    }

    private long failing() {
        return failing;
    }
}
