package org.govbuy.platform.rest;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The serialized public answers of this instance, by request (path and query), each with its
 * ETag. Every transaction of this instance that records an event or applies one (the outbox and
 * the inbox call {@link #forgetAfterCommit()}) empties it as it commits, so a reader never gets an
 * answer older than its own instance's last change; changes made by other replicas, and views that
 * depend on the day, are bounded by {@link PublicReadsConfig#cacheFor()}.
 *
 * <p>An answer computed while a change committed is not kept: each answer carries the generation
 * seen before it was computed, and is served only while that generation is current.
 */
@ApplicationScoped
public class PublicReadCache {

    /** One answer: the exact JSON sent, its ETag, and when and in which generation it was computed. */
    record Answer(byte[] body, String tag, long generation, long computedAt) {
    }

    private static final Object FORGET_ON_COMMIT = new Object();

    private final ConcurrentHashMap<String, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final TransactionSynchronizationRegistry transactions;
    private final long keepNanos;
    private final int maxEntries;

    PublicReadCache(TransactionSynchronizationRegistry transactions, PublicReadsConfig config) {
        this.transactions = transactions;
        this.keepNanos = config.cacheFor().toNanos();
        this.maxEntries = config.cacheEntries();
    }

    /** The generation to hand back to {@link #keep} with the answer about to be computed. */
    long generation() {
        return generation.get();
    }

    Optional<Answer> fresh(String request) {
        Answer answer = answers.get(request);
        if (answer == null || answer.generation() != generation.get()
                || System.nanoTime() - answer.computedAt() >= keepNanos) {
            return Optional.empty();
        }
        return Optional.of(answer);
    }

    void keep(String request, long seenGeneration, byte[] body, String tag) {
        if (keepNanos <= 0 || seenGeneration != generation.get()) {
            return;
        }
        if (answers.size() >= maxEntries) {
            answers.clear();
        }
        answers.put(request, new Answer(body, tag, seenGeneration, System.nanoTime()));
    }

    /** Drops every answer now. */
    public void forget() {
        generation.incrementAndGet();
        answers.clear();
    }

    /** Drops every answer when the current transaction commits (once per transaction, however often called). */
    public void forgetAfterCommit() {
        if (transactions.getResource(FORGET_ON_COMMIT) != null) {
            return;
        }
        transactions.putResource(FORGET_ON_COMMIT, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    forget();
                }
            }
        });
    }
}
