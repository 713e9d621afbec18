package io.gatehouse.clerk.control;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.CachingJWKSetSource;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.events.Event;
import io.gatehouse.kernel.StartupEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Clerk's public signing keys. With {@code CLERK_JWT_KEY} the one PEM key is used and nothing is
 * fetched; otherwise the JWKS is fetched at boot, cached, refreshed ahead of expiry in the background,
 * refetched at most once per {@code clerk.jwks-refetch-interval-seconds} for an unknown {@code kid},
 * and served from the last good copy while Clerk is unreachable. Until a first copy loads, the fetch is
 * retried in the background at that same interval, so readiness turns UP without waiting for a JWT.
 */
@ApplicationScoped
public class ClerkKeys {

    private static final Logger LOG = Logger.getLogger(ClerkKeys.class.getName());
    private static final long CACHE_TTL_MILLIS = 5 * 60_000;
    private static final long FETCH_TIMEOUT_MILLIS = 5_000;
    private static final int HTTP_TIMEOUT_MILLIS = 3_000;

    @Inject
    ClerkSettings settings;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile JWKSource<SecurityContext> source;
    private volatile boolean pinned;
    private volatile boolean loaded;
    private volatile int keyCount;
    private volatile Instant lastRefresh;
    private volatile boolean retryAnnounced;

    public void onStart(@Observes StartupEvent event) {
        Optional<JWKSource<SecurityContext>> built = build();
        if (built.isEmpty()) {
            LOG.warning("CLERK_ISSUER is not set: Clerk JWTs will be refused until it is configured");
            return;
        }
        source = built.get();
        if (!pinned) {
            executor.execute(this::warmUp);
        }
    }

    private Optional<JWKSource<SecurityContext>> build() {
        try {
            if (settings.publicKeyPem().isPresent()) {
                JWK key = PemPublicKey.parse(settings.publicKeyPem().get());
                pinned = true;
                loaded = true;
                keyCount = 1;
                return Optional.of(new ImmutableJWKSet<>(new JWKSet(key)));
            }
            if (settings.jwksUrl().isEmpty()) {
                return Optional.empty();
            }
            var retriever = new DefaultResourceRetriever(HTTP_TIMEOUT_MILLIS, HTTP_TIMEOUT_MILLIS, 256 * 1024);
            return Optional.of(JWKSourceBuilder.<SecurityContext>create(URI.create(settings.jwksUrl().get()).toURL(), retriever)
                    .cache(CACHE_TTL_MILLIS, FETCH_TIMEOUT_MILLIS)
                    .refreshAheadCache(30_000, this::onRefresh, executor, false, scheduler, false)
                    .rateLimited(settings.jwksRefetchIntervalMillis())
                    .outageTolerantForever()
                    .retrying(false)
                    .build());
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("Invalid Clerk key configuration (CLERK_JWT_KEY or CLERK_JWKS_URL): "
                    + e.getMessage(), e);
        }
    }

    private void warmUp() {
        try {
            find("warm-up");
            LOG.info("Clerk signing keys loaded from " + settings.jwksUrl().orElse("?"));
        } catch (KeySourceException e) {
            if (!retryAnnounced) {
                retryAnnounced = true;
                LOG.warning("Clerk signing keys could not be loaded yet (" + e.getMessage() + "); retrying every "
                        + settings.jwksRefetchIntervalMillis() / 1000 + " s and on demand");
            }
            if (!loaded) {
                scheduler.schedule(this::warmUp, Math.max(1_000, settings.jwksRefetchIntervalMillis()), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Each completed fetch of the JWKS, for {@link #keyCount()} and {@link #lastRefresh()}. */
    private void onRefresh(Event<CachingJWKSetSource<SecurityContext>, SecurityContext> event) {
        if (event instanceof CachingJWKSetSource.RefreshCompletedEvent<SecurityContext> completed) {
            keyCount = completed.getJWKSet().size();
            lastRefresh = Instant.now();
        }
    }

    public boolean configured() {
        return source != null;
    }

    /** Whether a key set has ever been loaded: until then, JWTs cannot be checked at all. */
    public boolean loaded() {
        return loaded;
    }

    /** Keys in the last JWKS fetched (1 with a pinned PEM key; 0 before any). */
    public int keyCount() {
        return keyCount;
    }

    /** When the JWKS was last fetched, or {@code null} (never, or a pinned PEM key). */
    public Instant lastRefresh() {
        return lastRefresh;
    }

    /** The RSA keys that may have signed a token with this {@code kid} (with a pinned PEM key: that key). */
    public List<RSAKey> find(String kid) throws KeySourceException {
        JWKMatcher.Builder matcher = new JWKMatcher.Builder().keyType(KeyType.RSA);
        if (!pinned) {
            matcher.keyID(kid);
        }
        List<JWK> keys = source.get(new JWKSelector(matcher.build()), null);
        loaded = true;
        return keys.stream().map(JWK::toRSAKey).toList();
    }
}
