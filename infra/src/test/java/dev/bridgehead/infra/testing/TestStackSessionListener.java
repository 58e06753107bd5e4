package dev.bridgehead.infra.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Points every integration test of this JVM at the build's shared stack, through the system
 * properties Micronaut reads: each module gets a database and an index prefix of its own.
 * Unit-test JVMs (Surefire) have no stack directory and are left alone.
 */
public class TestStackSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(TestStack.DIRECTORY_PROPERTY) == null) {
            return;
        }
        TestStack stack = TestStack.shared();
        String database = System.getProperty(TestStack.DATABASE_PROPERTY, "bridgehead_test").replaceAll("[^A-Za-z0-9_]", "_");
        System.setProperty("datasources.default.url", stack.jdbcUrl(database));
        System.setProperty("datasources.default.username", "root");
        System.setProperty("datasources.default.password", "");
        System.setProperty("datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
        System.setProperty("datasources.default.dialect", "MYSQL");
        System.setProperty("flyway.datasources.default.enabled", "true");
        System.setProperty("datasources.default.transaction-isolation", "TRANSACTION_READ_COMMITTED");
        System.setProperty("elasticsearch.http-hosts", stack.elasticsearchHttpHost());
        System.setProperty("bridgehead.search.index-prefix", System.getProperty(TestStack.INDEX_PREFIX_PROPERTY, "test-"));
    }
}
