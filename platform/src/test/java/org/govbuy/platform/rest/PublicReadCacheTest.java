package org.govbuy.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.Test;

class PublicReadCacheTest {

    private static final String SEARCH = "api/v1/public/catalogues/entries?q=%E5%85%BB%E8%80%81";
    private static final byte[] BODY = "{\"items\":[]}".getBytes(StandardCharsets.UTF_8);

    /** One transaction at a time, as the JTA registry is per transaction: what was registered, and its end. */
    private static final class OneTransaction implements TransactionSynchronizationRegistry {
        final Map<Object, Object> resources = new HashMap<>();
        final List<Synchronization> synchronizations = new ArrayList<>();

        void end(int status) {
            synchronizations.forEach(s -> s.afterCompletion(status));
            synchronizations.clear();
            resources.clear();
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    private final OneTransaction transaction = new OneTransaction();

    private PublicReadCache cacheFor(Duration duration) {
        return new PublicReadCache(transaction, new PublicReadsConfig() {
            @Override
            public Duration cacheFor() {
                return duration;
            }

            @Override
            public int cacheEntries() {
                return 2;
            }
        });
    }

    @Test
    void anAnswerIsServedFromMemoryUntilAChangeCommits() {
        PublicReadCache cache = cacheFor(Duration.ofMinutes(1));
        cache.keep(SEARCH, cache.generation(), BODY, "\"t1\"");
        assertThat(cache.fresh(SEARCH)).get().extracting(PublicReadCache.Answer::tag).isEqualTo("\"t1\"");

        cache.forgetAfterCommit();
        cache.forgetAfterCommit(); // an outbox row and an inbox row in one transaction: one synchronization
        assertThat(transaction.synchronizations).hasSize(1);
        assertThat(cache.fresh(SEARCH)).as("nothing changes before the commit").isPresent();
        transaction.end(Status.STATUS_COMMITTED);

        assertThat(cache.fresh(SEARCH)).isEmpty();
    }

    @Test
    void aRolledBackChangeLeavesTheAnswersInPlace() {
        PublicReadCache cache = cacheFor(Duration.ofMinutes(1));
        cache.keep(SEARCH, cache.generation(), BODY, "\"t1\"");
        cache.forgetAfterCommit();
        transaction.end(Status.STATUS_ROLLEDBACK);

        assertThat(cache.fresh(SEARCH)).isPresent();
    }

    @Test
    void anAnswerComputedWhileAChangeCommittedIsNeverServed() {
        PublicReadCache cache = cacheFor(Duration.ofMinutes(1));
        long seenBeforeComputing = cache.generation();
        cache.forget(); // the change commits while the answer is being computed from the old data

        cache.keep(SEARCH, seenBeforeComputing, BODY, "\"old\"");

        assertThat(cache.fresh(SEARCH)).isEmpty();
    }

    @Test
    void anAnswerIsServedForAtMostCacheForAndNotAtAllWhenItIsZero() throws InterruptedException {
        PublicReadCache brief = cacheFor(Duration.ofMillis(50));
        brief.keep(SEARCH, brief.generation(), BODY, "\"t1\"");
        Thread.sleep(80);
        assertThat(brief.fresh(SEARCH)).isEmpty();

        PublicReadCache off = cacheFor(Duration.ZERO);
        off.keep(SEARCH, off.generation(), BODY, "\"t1\"");
        assertThat(off.fresh(SEARCH)).isEmpty();
    }

    @Test
    void aFullCacheStartsAfreshRatherThanGrowing() {
        PublicReadCache cache = cacheFor(Duration.ofMinutes(1));
        cache.keep("a", cache.generation(), BODY, "\"a\"");
        cache.keep("b", cache.generation(), BODY, "\"b\"");
        cache.keep("c", cache.generation(), BODY, "\"c\"");

        assertThat(cache.fresh("a")).isEmpty();
        assertThat(cache.fresh("c")).isPresent();
    }

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsAListOrAStar() {
        String tag = ConditionalPublicReads.tagOf(BODY);
        assertThat(tag).matches("\"[A-Za-z0-9_-]{22}\"").isEqualTo(ConditionalPublicReads.tagOf(BODY.clone()));
        assertThat(ConditionalPublicReads.matches(tag, tag)).isTrue();
        assertThat(ConditionalPublicReads.matches("W/" + tag, tag)).isTrue();
        assertThat(ConditionalPublicReads.matches("\"x\", " + tag, tag)).isTrue();
        assertThat(ConditionalPublicReads.matches("*", tag)).isTrue();
        assertThat(ConditionalPublicReads.matches("\"x\"", tag)).isFalse();
        assertThat(ConditionalPublicReads.matches(null, tag)).isFalse();
    }
}
