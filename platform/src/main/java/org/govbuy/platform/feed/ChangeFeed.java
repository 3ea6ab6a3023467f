package org.govbuy.platform.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/** Reads a public change feed by cursor (ADR 47); {@link ChangeFeedNumbering} says why none is skipped. */
public class ChangeFeed {

    private final DataSource dataSource;

    public ChangeFeed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Up to {@code limit} entries of {@code feed} after position {@code after}, of one region if given. */
    public ChangeFeedPage read(String feed, long after, int limit, String region) throws SQLException {
        // two statements, not "? IS NULL OR region = ?", so each is planned on its own index
        String sql = "SELECT position, event_id, event_type, subject, region, occurred_at, data::text FROM change_feed"
                + " WHERE feed = ? AND position > ?" + (region == null ? "" : " AND region = ?")
                + " ORDER BY position LIMIT ?";
        List<ChangeFeedPage.Entry> items = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameter = 1;
            statement.setString(parameter++, feed);
            statement.setLong(parameter++, after);
            if (region != null) {
                statement.setString(parameter++, region);
            }
            statement.setInt(parameter, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    items.add(new ChangeFeedPage.Entry(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
                            rs.getString(7)));
                }
            }
        }
        long next = items.isEmpty() ? after : items.get(items.size() - 1).position();
        return new ChangeFeedPage(feed, List.copyOf(items), next);
    }
}
