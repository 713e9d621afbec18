package io.gatehouse.bench;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import io.gatehouse.clerk.control.ClerkFixtures;
import io.gatehouse.clerk.control.ClerkTokenVerifier;
import io.gatehouse.clerk.entity.ClerkVerification;
import io.gatehouse.kernel.AuthResult;
import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.security.control.CredentialResolver;
import io.gatehouse.security.control.SecurityFixtures;
import io.gatehouse.sessions.entity.CachedSession;
import io.gatehouse.sessions.control.InMemorySessionCache;
import io.gatehouse.security.control.SessionFixtures;
import io.gatehouse.kernel.SessionTokens;
import io.gatehouse.kernel.TokenHash;
import io.gatehouse.testing.ClerkToken;
import io.gatehouse.testing.FakeClerk;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pieces of Gatehouse's authentication path, measured on the real production classes: finding the
 * bearer token of a request, hashing it, looking the hash up among 1,000 live sessions, the whole
 * session-token step through the {@link CredentialResolver}, and verifying a Clerk JWT against a pinned
 * key ({@code clerk.jwt-key}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AuthenticationPathBenchmark {

    private static final int LIVE_SESSIONS = 1_000;
    private static final String ISSUER = "https://clerk.gatehouse.example";
    private static final String APP_ORIGIN = "https://app.gatehouse.example";

    private HttpServletRequest request;
    private String token;
    private TokenHash hash;
    private InMemorySessionCache cache;
    private CredentialResolver resolver;

    @Setup
    public void setUp() {
        Clock clock = Clock.systemUTC();
        long expiresAt = clock.instant().plus(Duration.ofMinutes(30)).toEpochMilli();
        cache = new InMemorySessionCache();
        for (int i = 0; i < LIVE_SESSIONS; i++) {
            String minted = liveSession(i % 4 == 0 ? CallerKind.ANONYMOUS : CallerKind.CLERK, expiresAt);
            if (i == LIVE_SESSIONS / 2) {
                token = minted;
            }
        }
        hash = TokenHash.of(token);
        request = bearerRequest(token);
        resolver = SecurityFixtures.resolverOf(SessionFixtures.authenticator(cache, clock));
        sessionTokenAuthentication();
    }

    /**
     * The Clerk side in a state of its own, set up only for {@link #clerkJwtVerification}: a Clerk key
     * configuration that cannot load then fails that benchmark alone, not the session benchmarks too.
     */
    @State(Scope.Benchmark)
    public static class ClerkJwt {

        private ClerkTokenVerifier verifier;
        private String jwt;

        @Setup
        public void setUp() {
            RSAKey key = FakeClerk.newKey();
            verifier = ClerkFixtures.verifier(Map.of(
                    "clerk.issuer", ISSUER,
                    "clerk.jwt-key", publicKeyPem(key),
                    "clerk.authorized-parties", APP_ORIGIN + ",http://localhost:3000"), Clock.systemUTC());
            jwt = new ClerkToken(key, ISSUER)
                    .subject("user_2bench" + UUID.randomUUID().toString().replace("-", ""))
                    .azp(APP_ORIGIN)
                    .expiresAt(Instant.now().plus(Duration.ofDays(365)))
                    .sign();
            ClerkVerification verification = verifier.verify(jwt);
            if (!verification.ok()) {
                throw new IllegalStateException("the benchmark JWT does not verify: " + verification.refusal());
            }
        }
    }

    @Benchmark
    public String credentialExtraction() {
        return SecurityFixtures.extract(request);
    }

    @Benchmark
    public TokenHash tokenHashing() {
        return TokenHash.of(token);
    }

    @Benchmark
    public CachedSession sessionCacheLookup() {
        return cache.get(hash);
    }

    /** The whole session-token step: header, hash, cache lookup, expiry check, principal. */
    @Benchmark
    public Caller sessionTokenAuthentication() {
        AuthResult result = resolver.resolve(SecurityFixtures.extract(request));
        if (result instanceof AuthResult.Accepted accepted) {
            return accepted.caller();
        }
        throw new IllegalStateException("the benchmark session token was refused: " + result);
    }

    /** Parse, RS256 signature check against the pinned key, claim rules. */
    @Benchmark
    public ClerkVerification clerkJwtVerification(ClerkJwt clerk) {
        return clerk.verifier.verify(clerk.jwt);
    }

    /** Mints a session token of this kind and caches it as live; returns the token. */
    private String liveSession(CallerKind kind, long expiresAtMillis) {
        String minted = SessionTokens.mint(kind);
        String subject = kind == CallerKind.ANONYMOUS
                ? "dev_" + UUID.randomUUID()
                : "user_" + UUID.randomUUID().toString().replace("-", "");
        cache.put(TokenHash.of(minted), new CachedSession(UUID.randomUUID(), UUID.randomUUID(), kind, subject,
                0L, expiresAtMillis, false));
        return minted;
    }

    /**
     * A request carrying {@code Authorization: Bearer <token>} and no cookies. Every other method lands on a
     * proxy that refuses it, so a benchmark reaching for anything else fails loudly; the two methods the
     * extractor calls are plain overrides and never go through the proxy.
     */
    private static HttpServletRequest bearerRequest(String token) {
        HttpServletRequest refusing = (HttpServletRequest) Proxy.newProxyInstance(
                AuthenticationPathBenchmark.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> {
                    throw new UnsupportedOperationException("not part of the benchmark request: " + method.getName());
                });
        String authorization = "Bearer " + token;
        return new HttpServletRequestWrapper(refusing) {
            @Override
            public String getHeader(String name) {
                return "Authorization".equalsIgnoreCase(name) ? authorization : null;
            }

            @Override
            public Cookie[] getCookies() {
                return null;
            }
        };
    }

    /** The public half of the key as {@code clerk.jwt-key} expects it: a PEM {@code PUBLIC KEY} block. */
    private static String publicKeyPem(RSAKey key) {
        try {
            Base64.Encoder encoder = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
            return "-----BEGIN PUBLIC KEY-----\n" + encoder.encodeToString(key.toRSAPublicKey().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
        } catch (JOSEException e) {
            throw new IllegalStateException("could not export the public key", e);
        }
    }
}
