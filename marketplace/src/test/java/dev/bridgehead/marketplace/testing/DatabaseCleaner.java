package dev.bridgehead.marketplace.testing;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Empties every table of the module's test database (not Flyway's history), so each test starts from nothing. */
@Singleton
public class DatabaseCleaner {

    private final DataSource dataSource;

    public DatabaseCleaner(DataSource dataSource) {
        // The raw pool, not Micronaut Data's transaction-aware proxy: cleaning runs outside any transaction.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public void clean() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    if (!table.startsWith("flyway_")) {
                        tables.add(table);
                    }
                }
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : tables) {
                statement.execute("TRUNCATE TABLE `" + table + "`");
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clean the test database: " + e.getMessage(), e);
        }
    }
}
