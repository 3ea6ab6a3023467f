package org.govbuy.platform.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/**
 * Writes the public part of published events into {@code change_feed}, in the transaction that
 * marks them published.
 *
 * <p>Why a reader paging by position never skips an entry: positions come from an identity, which
 * hands out numbers when rows are inserted, not when they commit, so two transactions numbering at
 * once could commit 8 before 7 and a reader that had just read 8 would never see 7. Each numbering
 * transaction therefore first takes {@link #LOCK}, a transaction-scoped advisory lock that
 * PostgreSQL releases only after the commit is visible: the next transaction numbers after every
 * lower position is committed. Positions are so in commit order (with gaps where a transaction
 * rolled back), and the relay numbers rows in the order it published them to Kafka.
 */
public final class ChangeFeedNumbering {

    /** The advisory lock key ("govfeed"); the outbox relay's leadership key is another. */
    static final long LOCK = 0x676f7666656564L;

    private ChangeFeedNumbering() {
    }

    /** Copies the rows among {@code eventIds} that are of a public type, each with only its public fields. */
    public static int copyPublished(Connection connection, Collection<UUID> eventIds, PublicChanges changes)
            throws SQLException {
        if (eventIds.isEmpty() || changes.isEmpty()) {
            return 0;
        }
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            lock.execute();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO change_feed (event_id, feed, subject, event_type, region, occurred_at, data)
                SELECT e.id, d.feed, e.aggregate_id, e.event_type, e.region, e.occurred_at,
                       (SELECT coalesce(jsonb_object_agg(p.key, p.value), '{}'::jsonb) FROM jsonb_each(e.payload) p
                         WHERE p.key = ANY (string_to_array(d.fields, ',')))
                  FROM outbox_event e
                  JOIN unnest(?::text[], ?::text[], ?::text[]) AS d(event_type, feed, fields) ON d.event_type = e.event_type
                 WHERE e.id = ANY (?)
                 ORDER BY e.position
                ON CONFLICT (event_id) DO NOTHING""")) {
            insert.setArray(1, connection.createArrayOf("text",
                    changes.changes().stream().map(PublicChange::eventType).toArray()));
            insert.setArray(2, connection.createArrayOf("text",
                    changes.changes().stream().map(PublicChange::feed).toArray()));
            insert.setArray(3, connection.createArrayOf("text",
                    changes.changes().stream().map(c -> String.join(",", c.publicFields())).toArray()));
            insert.setArray(4, connection.createArrayOf("uuid", eventIds.toArray()));
            return insert.executeUpdate();
        }
    }
}
