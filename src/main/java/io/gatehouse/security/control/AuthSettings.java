package io.gatehouse.security.control;

import io.gatehouse.security.entity.AuthMode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * {@code AUTH_MODE} and {@code LOCAL_AUTH_TOKEN}. {@link #check()} runs first at start-up and stops the
 * deployment with one log line naming the broken rule; the token itself is never logged.
 */
@ApplicationScoped
public class AuthSettings {

    private static final Logger LOG = Logger.getLogger(AuthSettings.class.getName());

    @Inject
    Config config;

    private String rawMode;
    private AuthMode mode;
    private byte[] localToken;

    @PostConstruct
    void read() {
        rawMode = config.getOptionalValue("auth.mode", String.class).map(String::trim).filter(v -> !v.isEmpty()).orElse("clerk");
        mode = AuthMode.parse(rawMode).orElse(null);
        localToken = config.getOptionalValue("local.auth-token", String.class)
                .map(String::trim)
                .map(token -> token.getBytes(StandardCharsets.UTF_8))
                .orElse(null);
    }

    /** Refuses to start on an unknown mode, or in local mode on a missing, short or placeholder token. */
    public void check() {
        Optional<String> broken = mode == null
                ? Optional.of("AUTH_MODE must be one of: " + AuthMode.accepted() + " (got \"" + printable(rawMode) + "\")")
                : mode == AuthMode.LOCAL ? LocalTokenRules.broken(localToken == null ? null : new String(localToken, StandardCharsets.UTF_8))
                : Optional.empty();
        if (broken.isPresent()) {
            String message = "Gatehouse refuses to start: " + broken.get();
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        LOG.info(() -> "Authentication mode: " + mode.label());
    }

    public AuthMode mode() {
        return mode;
    }

    public boolean local() {
        return mode == AuthMode.LOCAL;
    }

    /** Whether the token is the local token, compared in constant time; always false outside local mode. */
    public boolean isLocalToken(String token) {
        return local() && localToken != null && MessageDigest.isEqual(localToken, token.getBytes(StandardCharsets.UTF_8));
    }

    private static String printable(String value) {
        String shown = value.replaceAll("[^\\x20-\\x7e]", "?");
        return shown.length() <= 20 ? shown : shown.substring(0, 20) + "…";
    }
}
