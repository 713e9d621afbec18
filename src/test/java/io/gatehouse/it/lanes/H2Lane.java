package io.gatehouse.it.lanes;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Every integration test class on H2, except those that run on PostgreSQL only ({@code database-independent-postgresql}: they do
 * not depend on the database and the PostgreSQL lane has room for them).
 */
@Suite
@SuiteDisplayName("integration tests on H2")
@SelectPackages("io.gatehouse.it")
@IncludeClassNamePatterns(".*IT")
@ExcludeTags("database-independent-postgresql")
public class H2Lane {

    @BeforeSuite
    static void onH2() {
        Lane.enter("h2", 0);
    }
}
