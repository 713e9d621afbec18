package io.gatehouse.introspection.control;

import io.gatehouse.introspection.entity.BasicCredentials;
import io.gatehouse.introspection.entity.OAuthRefusal;
import io.gatehouse.kernel.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sibling services allowed to introspect and revoke tokens ({@code INTROSPECTION_CLIENTS}, none by default),
 * read once. A malformed setting stops the deployment at start-up; with none configured every caller is refused.
 * Nothing is logged per request, and a secret never.
 */
@ApplicationScoped
public class IntrospectionClients {

    private static final Logger LOG = Logger.getLogger(IntrospectionClients.class.getName());

    @Inject
    @ConfigProperty(name = "introspection.clients")
    Optional<String> setting;

    private ClientRegistry registry;

    @PostConstruct
    void read() {
        try {
            registry = ClientRegistry.parse(setting.orElse(""));
        } catch (IllegalArgumentException e) {
            String message = "Gatehouse refuses to start: INTROSPECTION_CLIENTS: " + e.getMessage();
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        LOG.info(() -> registry.isEmpty()
                ? "Token introspection: no clients (INTROSPECTION_CLIENTS); /auth/introspect and /auth/revoke refuse every caller"
                : "Token introspection: clients " + String.join(", ", registry.ids()));
    }

    /** Reads the setting at start-up, so a broken one stops the deployment rather than failing requests. */
    void onStart(@Observes StartupEvent event) {
        registry.isEmpty();
    }

    /** The id of the client the {@code Authorization} header authenticates; else a 401 {@code invalid_client}. */
    public String authenticate(String authorization) {
        String client = registry.authenticate(BasicCredentials.parse(authorization));
        if (client == null) {
            throw OAuthRefusal.invalidClient();
        }
        return client;
    }
}
