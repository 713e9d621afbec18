package io.gatehouse.metrics.boundary;

import io.gatehouse.kernel.Gauge;
import io.gatehouse.metrics.control.GatehouseMetrics;
import io.gatehouse.metrics.control.MetricsAccess;
import io.gatehouse.metrics.control.PrometheusText;
import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.ratelimit.entity.Bucket;
import io.gatehouse.ratelimit.boundary.RateLimited;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /ops/metrics}: Gatehouse's counters, timers and gauges for Prometheus. Not {@code /metrics}, which
 * Payara Micro serves itself on the same port. Its own token check ({@code METRICS_TOKEN}); the authentication
 * mechanism never looks at the bearer sent here (see {@code security.PublicPaths}).
 */
@Path("/ops/metrics")
@RequestScoped
@PermitAll
@Tag(name = "operations", description = "Monitoring: metrics for Prometheus; health is /health/live and /health/ready")
public class MetricsResource {

    static final String REFUSED = "Missing or wrong metrics token: send Authorization: Bearer <METRICS_TOKEN>";

    @Inject
    MetricsAccess access;

    @Inject
    PrometheusText text;

    @GET
    @Produces(PrometheusText.CONTENT_TYPE)
    @RateLimited(Bucket.PUBLIC)
    @Operation(summary = "Metrics in the Prometheus text format: authentications by outcome and token kind, "
            + "exchange and rebind timings, active sessions and the other gauges")
    @APIResponse(responseCode = "200", description = "Prometheus text exposition format 0.0.4")
    @APIResponse(responseCode = "401", description = "METRICS_TOKEN is set and the request does not carry it: "
            + "{\"detail\", \"code\": \"invalid_token\", \"retryable\": false}")
    public String scrape(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!access.allows(authorization)) {
            throw new ApiProblem(401, "invalid_token", REFUSED, false,
                    Map.of("WWW-Authenticate", "Bearer realm=\"gatehouse-metrics\""));
        }
        return text.scrape();
    }
}
