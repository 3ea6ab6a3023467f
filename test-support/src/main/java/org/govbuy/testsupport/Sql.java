package org.govbuy.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/** One-value queries against a service's own database, for assertions about what was stored. */
public final class Sql {

    private Sql() {
    }

    public static long count(DataSource dataSource, String sql) {
        String value = text(dataSource, sql);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** The first column of the first row, or null when there is no row. */
    public static String text(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }
}
