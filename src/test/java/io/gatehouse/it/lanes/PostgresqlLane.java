package io.gatehouse.it.lanes;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Every integration test class on PostgreSQL (127.0.0.1:5432), except those that run on H2 only
 * ({@code database-independent}). The classes that start servers of their own run last here (first in the H2 lane),
 * so the two lanes do not start theirs at the same time.
 */
@Suite
@SuiteDisplayName("integration tests on PostgreSQL")
@SelectPackages("io.gatehouse.it")
@IncludeClassNamePatterns(".*IT")
@ExcludeTags("database-independent")
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default",
        value = "io.gatehouse.testing.SharedDeploymentsTogether$ServersLast")
public class PostgresqlLane {

    @BeforeSuite
    static void onPostgresql() {
        Lane.enter("postgresql", 1);
    }
}
