package io.gatehouse.metrics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may read {@code GET /ops/metrics}: anyone while {@code METRICS_TOKEN} is unset, else only a request with
 * {@code Authorization: Bearer <METRICS_TOKEN>}. Both sides are compared as SHA-256 digests in constant time,
 * so neither the token's bytes nor its length leak through timing.
 */
@ApplicationScoped
public class MetricsAccess {

    private static final String BEARER = "bearer ";

    private final byte[] expectedDigest;

    MetricsAccess() {
        this.expectedDigest = null;
    }

    @Inject
    public MetricsAccess(@ConfigProperty(name = "metrics.token") Optional<String> token) {
        this.expectedDigest = token.map(String::trim).filter(t -> !t.isEmpty()).map(MetricsAccess::digest).orElse(null);
    }

    public boolean open() {
        return expectedDigest == null;
    }

    /** Whether a request with this {@code Authorization} header (possibly {@code null}) may read the metrics. */
    public boolean allows(String authorization) {
        if (expectedDigest == null) {
            return true;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(expectedDigest, digest(authorization.substring(BEARER.length()).trim()));
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
