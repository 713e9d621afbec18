package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.testing.FakeClerk;
import io.gatehouse.testing.GatehouseClient;
import io.gatehouse.testing.HttpReply;
import io.gatehouse.testing.RequiresSelectedDatabase;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;

/** Base of the HTTP integration tests: a deployed Gatehouse, a client for it and the fake Clerk. */
@ExtendWith(RequiresSelectedDatabase.class)
@ExtendWith(ArquillianExtension.class)
abstract class GatehouseIT {

    /**
     * Tag of the test classes whose behaviour cannot depend on the database (discovery documents, CORS,
     * HTTP conventions, start-up checks, …): they run on both servers with H2, and the PostgreSQL lanes skip
     * them to keep the build short.
     */
    static final String DATABASE_INDEPENDENT = "database-independent";

    /**
     * Tag of test classes that cannot depend on the database either, run on PostgreSQL only: the two lanes of a
     * server run at the same time, and these long-waiting classes even them out (the H2 lanes skip them).
     */
    static final String DATABASE_INDEPENDENT_ON_POSTGRESQL = "database-independent-postgresql";

    @ArquillianResource
    URL base;

    GatehouseClient http() {
        return new GatehouseClient(base);
    }

    static FakeClerk clerk() {
        return FakeClerk.shared();
    }

    /** A fresh Clerk user's valid session JWT. */
    static String userJwt() {
        return clerk().token().subject(newUserId()).sign();
    }

    static String newUserId() {
        return "user_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    static String newDeviceId() {
        return "device-" + UUID.randomUUID();
    }

    static void assertProblem(HttpReply reply, int status, String detail) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(detail, reply.detail(), reply::toString);
    }

    /** Runs the tasks at once on their own threads and returns their results in order. */
    static <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = pool.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
