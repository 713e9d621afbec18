package io.gatehouse.rebind.control;

import io.gatehouse.rebind.entity.RebindProof;
import io.gatehouse.kernel.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code REBIND_PROOF} ({@code rebind.proof}), read once; any value but optional or required stops start-up. */
@ApplicationScoped
public class RebindSettings {

    private static final Logger LOG = Logger.getLogger(RebindSettings.class.getName());

    @Inject
    @ConfigProperty(name = "rebind.proof")
    Optional<String> setting;

    private RebindProof proof;
    private String broken;

    @PostConstruct
    void read() {
        try {
            proof = RebindProof.parse(setting.orElse(null));
        } catch (IllegalArgumentException e) {
            broken = e.getMessage();
        }
    }

    /** Stops the deployment on a malformed value, so it never fails requests instead. */
    void onStart(@Observes StartupEvent event) {
        if (broken != null) {
            String message = "Gatehouse refuses to start: " + broken;
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        LOG.info(() -> "Rebind proof of possession: " + (proof == RebindProof.REQUIRED
                ? "required (REBIND_PROOF=required)" : "optional (REBIND_PROOF=optional); secrets move only with it"));
    }

    boolean proofRequired() {
        return proof == RebindProof.REQUIRED;
    }
}
