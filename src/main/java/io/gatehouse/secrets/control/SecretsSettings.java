package io.gatehouse.secrets.control;

import io.gatehouse.secrets.entity.SecretException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.secrets.entity.SecretCipher;
import io.gatehouse.secrets.entity.SecretKeyRules;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * {@code SECRETS_ENABLED} and {@code SECRETS_KEY}. {@link #check()} runs at start-up and stops the deployment
 * with one log line naming the broken rule; the key itself is never logged and is kept only inside the cipher.
 */
@ApplicationScoped
public class SecretsSettings {

    private static final Logger LOG = Logger.getLogger(SecretsSettings.class.getName());
    private static final String NOT_ENABLED = "Secrets are not enabled on this deployment (SECRETS_ENABLED)";

    @Inject
    Config config;

    private boolean enabled;
    private String broken;
    private SecretCipher cipher;

    @PostConstruct
    void read() {
        String rawEnabled = value("secrets.enabled").orElse("false").toLowerCase(Locale.ROOT);
        if (!rawEnabled.equals("true") && !rawEnabled.equals("false")) {
            broken = "SECRETS_ENABLED must be true or false";
            return;
        }
        enabled = rawEnabled.equals("true");
        if (enabled) {
            String key = value("secrets.key").orElse(null);
            broken = SecretKeyRules.broken(key).orElse(null);
            cipher = broken == null ? new SecretCipher(SecretKeyRules.decode(key)) : null;
        }
    }

    /** Refuses to start on a malformed switch, or when enabled with a missing, malformed or weak key. */
    public void check() {
        if (broken != null) {
            String message = "Gatehouse refuses to start: " + broken;
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        LOG.info(() -> "Secrets: " + (enabled ? "enabled (AES-256-GCM)" : "disabled"));
    }

    public boolean enabled() {
        return enabled && cipher != null;
    }

    /** The cipher; 503 {@code secrets_not_enabled} when secrets are off. */
    SecretCipher cipher() {
        if (!enabled()) {
            throw new SecretException(Reason.UNAVAILABLE, "secrets_not_enabled", NOT_ENABLED);
        }
        return cipher;
    }

    private Optional<String> value(String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }
}
