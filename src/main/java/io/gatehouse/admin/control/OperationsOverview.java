package io.gatehouse.admin.control;

import io.gatehouse.admin.entity.Overview;
import io.gatehouse.cluster.control.ClusterBackends;
import io.gatehouse.cluster.control.InstanceMembership;
import io.gatehouse.metrics.control.AuthenticationHistory;
import io.gatehouse.kernel.Gauge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Gathers the operations overview from the features that own each part: the readiness checks (the same beans the
 * server's {@code /health/ready} runs, so the console needs no access to the management port WildFly serves health
 * on), the cluster's membership, the gauges of {@code /ops/metrics} and the authentication history.
 */
@ApplicationScoped
public class OperationsOverview {

    static final String ACTIVE_SESSIONS = "gatehouse_active_sessions";
    static final String OPEN_STREAMS = "gatehouse_open_streams";

    @Inject
    @Readiness
    Instance<HealthCheck> readiness;

    @Inject
    Instance<Gauge> gauges;

    @Inject
    ClusterBackends cluster;

    @Inject
    InstanceMembership membership;

    @Inject
    AuthenticationHistory history;

    public Overview now() {
        List<Overview.Check> checks = new ArrayList<>();
        for (HealthCheck check : readiness) {
            checks.add(checked(check));
        }
        checks.sort((a, b) -> a.name().compareTo(b.name()));
        boolean up = checks.stream().allMatch(check -> "UP".equals(check.status()));
        Overview.Instance instance = new Overview.Instance(membership.localId(), cluster.clustered(),
                membership.runningIds().stream().sorted().toList());
        return new Overview(up ? "UP" : "DOWN", checks, instance, gauge(ACTIVE_SESSIONS), gauge(OPEN_STREAMS), authentications());
    }

    private static Overview.Check checked(HealthCheck check) {
        try {
            HealthCheckResponse response = check.call();
            return new Overview.Check(response.getName(), response.getStatus().name(),
                    response.getData().map(LinkedHashMap::new).orElseGet(LinkedHashMap::new));
        } catch (RuntimeException e) {
            return new Overview.Check(check.getClass().getSimpleName(), "DOWN", Map.of("error", e.getClass().getName()));
        }
    }

    private long gauge(String name) {
        for (Gauge gauge : gauges) {
            if (gauge.name().equals(name)) {
                return Math.round(gauge.value());
            }
        }
        return 0;
    }

    private Overview.Authentications authentications() {
        AuthenticationHistory.Minutes minutes = history.lastMinutes();
        Map<String, List<Long>> outcomes = new LinkedHashMap<>();
        minutes.counts().forEach((outcome, counts) -> outcomes.put(outcome.label(), counts));
        return new Overview.Authentications(minutes.starts().stream().map(Object::toString).toList(), outcomes);
    }
}
