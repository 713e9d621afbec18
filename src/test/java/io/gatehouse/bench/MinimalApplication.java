package io.gatehouse.bench;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;

/**
 * The smallest JAX-RS application, the boot step's yardstick: what Payara Micro itself takes to start and deploy a
 * WAR and answer a request ({@code GET /ping}), so Gatehouse's boot can be read as a ratio of it.
 */
@ApplicationPath("/")
public class MinimalApplication extends Application {

    /** The one resource. */
    @Path("ping")
    public static class Ping {

        @GET
        public String ping() {
            return "pong";
        }
    }
}
