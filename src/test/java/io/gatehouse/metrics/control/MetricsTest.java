package io.gatehouse.metrics.control;

import io.gatehouse.security.control.TokenShapes;
import io.gatehouse.kernel.Gauge;
import io.gatehouse.kernel.TimedOperation;
import io.gatehouse.kernel.TokenKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.kernel.AuthRefusal;
import io.gatehouse.kernel.AuthResult;
import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.kernel.CredentialType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The counters and timers of {@link GatehouseMetrics}, their exposition, and {@link MetricsAccess}. */
class MetricsTest {

    /** A sample line of the text format: name, optional labels, a value (integer, decimal, exponent, NaN, ±Inf). */
    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[a-z_]+=\"[^\"]*\"(,[a-z_]+=\"[^\"]*\")*\\})? (-?[0-9.]+([eE]-?[0-9]+)?|NaN|[+-]Inf)");

    private final GatehouseMetrics metrics = new GatehouseMetrics();

    private static Caller caller(CallerKind kind, CredentialType credential) {
        return new Caller(UUID.randomUUID(), kind, credential, "subject", null, Map.of());
    }

    private static String jwt(String headerJson) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "." + encoder.encodeToString("{}".getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    @Test
    void acceptedCallersCountAsOkByTheKindOfTheirCredential() {
        authentication(AuthResult.accepted(caller(CallerKind.CLERK, CredentialType.SESSION_TOKEN)), "msc_x");
        authentication(AuthResult.accepted(caller(CallerKind.LOCAL, CredentialType.SESSION_TOKEN)), "msc_y");
        authentication(AuthResult.accepted(caller(CallerKind.ANONYMOUS, CredentialType.SESSION_TOKEN)), "ms_sess_x");
        authentication(AuthResult.accepted(caller(CallerKind.AGENT, CredentialType.AGENT_TOKEN)), "mca_x");
        authentication(AuthResult.accepted(caller(CallerKind.CLERK, CredentialType.CLERK_JWT)), "a.b.c");
        authentication(AuthResult.accepted(caller(CallerKind.CLERK, CredentialType.ACCESS_TOKEN)), "a.b.c");
        authentication(AuthResult.accepted(caller(CallerKind.LOCAL, CredentialType.LOCAL_TOKEN)), "local");

        assertEquals(2, metrics.authentications(AuthOutcome.OK, TokenKind.SESSION));
        assertEquals(1, metrics.authentications(AuthOutcome.OK, TokenKind.ANONYMOUS));
        assertEquals(1, metrics.authentications(AuthOutcome.OK, TokenKind.AGENT));
        assertEquals(1, metrics.authentications(AuthOutcome.OK, TokenKind.CLERK_JWT));
        assertEquals(1, metrics.authentications(AuthOutcome.OK, TokenKind.ACCESS_TOKEN));
        assertEquals(1, metrics.authentications(AuthOutcome.OK, TokenKind.LOCAL));
        assertEquals(0, metrics.authentications(AuthOutcome.INVALID, TokenKind.SESSION));
    }

    @Test
    void refusalsCountByTheirReasonAndTheShapeOfTheToken() {
        authentication(AuthResult.refused(AuthRefusal.expired()), "msc_old");
        authentication(AuthResult.refused(AuthRefusal.invalid("session revoked")), "ms_sess_gone");
        authentication(AuthResult.refused(AuthRefusal.invalid("unknown session token")), "mca_unknown");
        authentication(AuthResult.refused(AuthRefusal.invalid("signature verification failed")), jwt("{\"alg\":\"RS256\"}"));
        authentication(AuthResult.refused(AuthRefusal.invalid("audience does not include x")),
                jwt("{\"alg\":\"RS256\",\"typ\":\"at+jwt\"}"));
        authentication(AuthResult.refused(AuthRefusal.unauthorized("invalid_authorized_party", "Invalid authorized party")),
                jwt("{\"alg\":\"RS256\"}"));
        authentication(AuthResult.refused(AuthRefusal.unavailable("jwks_unavailable", "JWKS not loaded")), jwt("{}"));
        authentication(AuthResult.refused(AuthRefusal.invalid("unrecognized token format")), "garbage");
        metrics.refused(new AuthRefusal(403, "access_denied", "cookie from elsewhere", false), TokenShapes.kindOf("msc_cookie"));

        assertEquals(1, metrics.authentications(AuthOutcome.EXPIRED, TokenKind.SESSION));
        assertEquals(1, metrics.authentications(AuthOutcome.REVOKED, TokenKind.ANONYMOUS));
        assertEquals(1, metrics.authentications(AuthOutcome.INVALID, TokenKind.AGENT));
        assertEquals(1, metrics.authentications(AuthOutcome.INVALID, TokenKind.CLERK_JWT));
        assertEquals(1, metrics.authentications(AuthOutcome.INVALID, TokenKind.ACCESS_TOKEN));
        assertEquals(1, metrics.authentications(AuthOutcome.INVALID_AUTHORIZED_PARTY, TokenKind.CLERK_JWT));
        assertEquals(1, metrics.authentications(AuthOutcome.UNAVAILABLE, TokenKind.CLERK_JWT));
        assertEquals(1, metrics.authentications(AuthOutcome.INVALID, TokenKind.OTHER));
        assertEquals(1, metrics.authentications(AuthOutcome.ACCESS_DENIED, TokenKind.SESSION));
    }

    @Test
    void missingCredentialsAndRateLimitsHaveTheirOwnOutcomes() {
        metrics.missing();
        metrics.missing();
        metrics.rateLimited(null);
        metrics.rateLimited(caller(CallerKind.AGENT, CredentialType.AGENT_TOKEN));

        assertEquals(2, metrics.authentications(AuthOutcome.MISSING, TokenKind.NONE));
        assertEquals(1, metrics.authentications(AuthOutcome.RATE_LIMITED, TokenKind.NONE));
        assertEquals(1, metrics.authentications(AuthOutcome.RATE_LIMITED, TokenKind.AGENT));
    }

    @Test
    void durationsKeepCountTotalAndLongest() {
        Durations exchange = metrics.durations(TimedOperation.EXCHANGE);
        exchange.record(2_000_000);
        exchange.record(5_000_000);
        exchange.record(1_000_000);
        exchange.record(-5);

        assertEquals(4, exchange.count());
        assertEquals(0.008, exchange.totalSeconds(), 1e-12);
        assertEquals(0.005, exchange.maxSeconds(), 1e-12);
        assertEquals(0, metrics.durations(TimedOperation.REBIND).count());
    }

    @Test
    void theExpositionIsPrometheusTextWithEveryPossibleSeries() {
        authentication(AuthResult.accepted(caller(CallerKind.CLERK, CredentialType.SESSION_TOKEN)), "msc_x");
        metrics.missing();
        metrics.durations(TimedOperation.EXCHANGE).record(250_000_000);
        metrics.durations(TimedOperation.EXCHANGE).record(500_000_000);
        GaugeCallbacks.register(metrics.registry(), List.of(gauge("gatehouse_active_sessions", "Live sessions", 42)));
        String text = PrometheusText.of(metrics.registry());

        assertTrue(text.contains("# HELP gatehouse_authentications_total "
                + GatehouseMetrics.AUTHENTICATIONS_HELP + "\n"), text);
        assertTrue(text.contains("# TYPE gatehouse_authentications_total counter\n"), text);
        Map<String, Double> samples = samples(text);
        assertEquals(1.0, samples.get(authentications("ok", "session")), text);
        assertEquals(1.0, samples.get(authentications("missing", "none")), text);
        assertEquals(0.0, samples.get(authentications("expired", "clerk_jwt")), text);
        assertEquals(0.0, samples.get(authentications("rate_limited", "none")), text);
        assertEquals(0.0, samples.get(authentications("rate_limited", "agent")), text);
        assertFalse(samples.containsKey(authentications("ok", "none")), "no credential is never ok");
        assertFalse(samples.containsKey(authentications("missing", "session")), "a missing credential has no kind");
        long pairs = Arrays.stream(AuthOutcome.values())
                .flatMap(outcome -> Arrays.stream(TokenKind.values()).filter(outcome::pairsWith)).count();
        assertEquals(pairs, samples.keySet().stream().filter(k -> k.startsWith("gatehouse_authentications_total{")).count(),
                "every possible pair, from the start, and no other");

        assertTrue(text.contains("# HELP gatehouse_session_exchange_seconds " + TimedOperation.EXCHANGE.help() + "\n"
                + "# TYPE gatehouse_session_exchange_seconds summary\n"), text);
        assertEquals(2.0, samples.get("gatehouse_session_exchange_seconds_count"), text);
        assertEquals(0.75, samples.get("gatehouse_session_exchange_seconds_sum"), text);
        assertTrue(text.contains("# TYPE gatehouse_session_exchange_seconds_max gauge\n"), text);
        assertEquals(0.5, samples.get("gatehouse_session_exchange_seconds_max"), text);
        assertEquals(0.0, samples.get("gatehouse_rebind_seconds_count"), text);
        assertEquals(0.0, samples.get("gatehouse_rebind_seconds_sum"), text);
        assertEquals(0.0, samples.get("gatehouse_rebind_seconds_max"), text);
        assertTrue(text.contains("# HELP gatehouse_active_sessions Live sessions\n# TYPE gatehouse_active_sessions gauge\n"), text);
        assertEquals(42.0, samples.get("gatehouse_active_sessions"), text);
        assertFalse(text.contains("_created"), "no created timestamps: the series are those of before");
        assertTrue(text.endsWith("\n"), "the format ends every line, the last one too");

        Map<String, Integer> declared = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                declared.merge(line.split(" ")[2], 1, Integer::sum);
            } else if (!line.startsWith("# HELP ")) {
                assertTrue(SAMPLE.matcher(line).matches(), () -> "not a sample line: " + line);
            }
        }
        declared.forEach((name, times) -> assertEquals(1, times, () -> name + " declared more than once"));
    }

    @Test
    void aBrokenMisnamedOrRepeatedGaugeIsLeftOutWithoutFailingTheScrape() {
        AtomicBoolean broken = new AtomicBoolean(true);
        Gauge failing = new Gauge() {
            public String name() {
                return "gatehouse_failing";
            }

            public String help() {
                return "fails";
            }

            public double value() {
                if (broken.get()) {
                    throw new IllegalStateException("boom");
                }
                return 7;
            }
        };
        GaugeCallbacks.register(metrics.registry(), List.of(
                gauge("gatehouse_open_streams", "Open streams", 3),
                gauge("gatehouse_open_streams", "Again", 4),
                gauge("bad name", "Spaces are not allowed", 1),
                gauge("gatehouse_authentications_total", "Taken by the counter", 1),
                failing,
                gauge("gatehouse_ratio", "A line\nand a \\ backslash", 0.25),
                gauge("gatehouse_small", "Exponent", 0.00015)));
        String text = PrometheusText.of(metrics.registry());

        Map<String, Double> samples = samples(text);
        assertEquals(3.0, samples.get("gatehouse_open_streams"), text);
        assertFalse(text.contains("Again"), text);
        assertFalse(text.contains("bad name") || text.contains("bad_name"), text);
        assertFalse(text.contains("Taken by the counter"), text);
        assertFalse(text.contains("gatehouse_failing"), text);
        assertTrue(text.contains("# HELP gatehouse_ratio A line\\nand a \\\\ backslash\n"), text);
        assertEquals(0.25, samples.get("gatehouse_ratio"), text);
        assertEquals(0.00015, samples.get("gatehouse_small"), text);

        broken.set(false);
        assertEquals(7.0, samples(PrometheusText.of(metrics.registry())).get("gatehouse_failing"),
                "a gauge that failed once is read again at the next scrape");
    }

    @Test
    void aPairThatCannotHappenIsStillCountedButNeverExposed() {
        metrics.refused(AuthRefusal.invalid("unrecognized token format"), TokenKind.NONE);

        assertEquals(1, metrics.authentications(AuthOutcome.INVALID, TokenKind.NONE), "the history still sees it");
        assertFalse(PrometheusText.of(metrics.registry()).contains("kind=\"none\",outcome=\"invalid\""));
    }

    @Test
    void eachApplicationHasARegistryOfItsOwn() {
        GatehouseMetrics other = new GatehouseMetrics();
        other.missing();
        GaugeCallbacks.register(other.registry(), List.of(gauge("gatehouse_active_sessions", "Live sessions", 1)));
        GaugeCallbacks.register(metrics.registry(), List.of(gauge("gatehouse_active_sessions", "Live sessions", 2)));

        assertEquals(1.0, samples(PrometheusText.of(other.registry())).get(authentications("missing", "none")));
        assertEquals(0.0, samples(PrometheusText.of(metrics.registry())).get(authentications("missing", "none")));
        assertEquals(2.0, samples(PrometheusText.of(metrics.registry())).get("gatehouse_active_sessions"));
    }

    @Test
    void metricsAreOpenWithoutAToken() {
        assertTrue(new MetricsAccess(Optional.empty()).allows(null));
        assertTrue(new MetricsAccess(Optional.of("   ")).allows(null), "a blank token is no token");
        assertTrue(new MetricsAccess(Optional.empty()).open());
    }

    @Test
    void withATokenOnlyItsBearerMayRead() {
        MetricsAccess access = new MetricsAccess(Optional.of("s3cret-metrics-token"));

        assertFalse(access.open());
        assertFalse(access.allows(null));
        assertFalse(access.allows(""));
        assertFalse(access.allows("Bearer"));
        assertFalse(access.allows("Bearer wrong"));
        assertFalse(access.allows("Bearer s3cret-metrics-token-and-more"));
        assertFalse(access.allows("Basic s3cret-metrics-token"));
        assertTrue(access.allows("Bearer s3cret-metrics-token"));
        assertTrue(access.allows("bearer  s3cret-metrics-token "));
    }

    private static String authentications(String outcome, String kind) {
        return "gatehouse_authentications_total{kind=\"" + kind + "\",outcome=\"" + outcome + "\"}";
    }

    /** Every sample by its name and labels as written (the library writes the labels sorted by name). */
    private static Map<String, Double> samples(String text) {
        Map<String, Double> samples = new HashMap<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int space = line.lastIndexOf(' ');
                assertEquals(null, samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1))),
                        () -> "a series twice: " + line);
            }
        }
        return samples;
    }

    private static Gauge gauge(String name, String help, double value) {
        return new Gauge() {
            public String name() {
                return name;
            }

            public String help() {
                return help;
            }

            public double value() {
                return value;
            }
        };
    }

    /** What the authentication mechanism reports for a presented token. */
    private void authentication(AuthResult result, String token) {
        if (result instanceof AuthResult.Accepted accepted) {
            metrics.accepted(accepted.caller());
        } else {
            metrics.refused(((AuthResult.Refused) result).refusal(), TokenShapes.kindOf(token));
        }
    }
}
