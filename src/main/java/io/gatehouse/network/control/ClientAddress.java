package io.gatehouse.network.control;

import io.gatehouse.kernel.ClientAddresses;
import io.gatehouse.kernel.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one rule for who the client of a request is, used wherever an address is counted or recorded (rate limits, the
 * audit trail, the address a session was minted from): the socket address, unless that is a proxy listed in
 * {@code TRUSTED_PROXIES}, then the right-most {@code X-Forwarded-For} hop that is not itself a trusted proxy
 * ({@link TrustedProxies}). A malformed entry stops the deployment at start-up; an entry wider than one site (an IPv4
 * /24, an IPv6 /64) is logged as a warning, since any host in it can choose its own address.
 */
@ApplicationScoped
public class ClientAddress implements ClientAddresses {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());

    @Inject
    @ConfigProperty(name = "trusted-proxies")
    Optional<String> configured;

    private TrustedProxies proxies;

    @PostConstruct
    void read() {
        try {
            proxies = TrustedProxies.trusting(configured.orElse(""));
        } catch (IllegalArgumentException e) {
            String message = "Gatehouse refuses to start: TRUSTED_PROXIES: " + e.getMessage();
            LOG.severe(message);
            throw new IllegalStateException(message, e);
        }
    }

    /** Reads the setting at start-up, so a broken one stops the deployment rather than failing requests. */
    void onStart(@Observes StartupEvent event) {
        if (!proxies.trustsProxies()) {
            LOG.info("Client addresses: the socket address (no TRUSTED_PROXIES)");
            return;
        }
        LOG.info(() -> "Client addresses: X-Forwarded-For read from " + configured.orElse(""));
        for (String wide : proxies.widerThanASite()) {
            LOG.warning(() -> "TRUSTED_PROXIES entry " + wide + " is wider than a /24 (IPv4) or /64 (IPv6): any host in it "
                    + "can choose its own client address by sending X-Forwarded-For, for the rate limits, the audit "
                    + "trail and the sessions list; list the proxies themselves");
        }
    }

    /** The client address of a request, by the rule above. */
    @Override
    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!proxies.trustsProxies()) {
            return peer;
        }
        List<String> forwardedFor = Collections.list(request.getHeaders(FORWARDED_FOR));
        return proxies.of(peer, forwardedFor);
    }
}
