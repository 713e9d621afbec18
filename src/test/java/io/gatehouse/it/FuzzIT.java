package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.MalformedRequests;
import io.gatehouse.testing.RawHttp;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A few thousand malformed requests across the endpoints, generated from a fixed seed (printed, so a failure can be
 * replayed): garbage, deeply nested, huge-number, duplicate-key, wrong-type and invalid-UTF-8 JSON bodies, oversize
 * bodies (declared and chunked), odd methods, undecodable {@code %} escapes in the path and query, odd headers
 * (bytes outside ASCII in cookies, Authorization variants, unparsable media types) and random paths. Every request is
 * sent byte for byte over a plain socket. No answer may be a 5xx, none may name an exception, a stack frame or the
 * server, every 4xx Gatehouse writes is JSON with a {@code detail}, and the server still serves a normal request
 * afterwards. What the servers refuse before Gatehouse sees a request is not JSON; it must still leak nothing (README
 * "Hardening" lists those cases).
 */
class FuzzIT extends SecretsDeployment {

    static final long SEED = 0x18_2026_1207L;
    static final int REQUESTS = 3000;
    static final long BUDGET_MILLIS = 60_000;

    /** What no answer may contain: an exception or error class, a stack frame, a server's message code. */
    private static final Pattern EXCEPTION = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]\\w*(Exception|Error)"
            + "|\\bat (java|jdk|org|io|com|sun)\\.|org\\.glassfish|io\\.undertow|org\\.jboss|fish\\.payara"
            + "|UT0\\d{4}|RESTEASY\\d+|WELD-\\d+|AS-WEB-|GRIZZLY\\d+");

    /**
     * What no refusal may contain: the server's name or version. (The 2xx documents Payara Micro serves on the same port,
     * {@code /metrics} and {@code /openapi}, are the server's own and not judged here.)
     */
    private static final Pattern SERVER = Pattern.compile("Payara|WildFly|Undertow|Grizzly|GlassFish|JBoss|Jersey|RESTEasy"
            + "|6\\.2025|38\\.0\\.1", Pattern.CASE_INSENSITIVE);

    @Test
    void malformedRequestsAreClientErrorsThatLeakNothing() {
        System.out.println("FuzzIT seed " + SEED + " (0x" + Long.toHexString(SEED) + "), " + REQUESTS + " requests, server "
                + System.getProperty("gatehouse.it.server") + ", database " + System.getProperty("gatehouse.it.database"));
        MalformedRequests requests = new MalformedRequests(new Random(SEED), http().anonymousToken(newDeviceId()),
                http().sessionToken(userJwt()), userJwt(), project());
        RawHttp raw = new RawHttp(base);
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            MalformedRequests.Case request = requests.next();
            RawHttp.Answer answer = raw.send(request.bytes());
            String status = answer.timedOut() ? "timeout" : answer.status() < 0 ? "closed" : String.valueOf(answer.status());
            statuses.merge(status, 1, Integer::sum);
            kinds.merge(request.kind(), 1, Integer::sum);
            String problem = problemWith(request, answer);
            if (problem != null && failures.size() < 20) {
                failures.add("#" + i + " " + request.kind() + ": " + problem + "\n    request: " + printable(request.bytes())
                        + "\n    answer: " + printable(answer.toString().getBytes(StandardCharsets.UTF_8)));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("FuzzIT sent " + REQUESTS + " requests in " + millis + " ms; statuses " + statuses + "; kinds " + kinds);
        failures.forEach(System.out::println);
        assertTrue(failures.isEmpty(), () -> failures.size() + " bad answers, first: " + failures.get(0));
        assertTrue(millis < BUDGET_MILLIS, "took " + millis + " ms");

        String token = http().anonymousToken(newDeviceId());
        assertEquals(201, http().post("/projects").bearer(token).json("{\"name\": \"still here\"}").send().status());
        assertEquals(200, http().get("/projects").bearer(token).send().status(), "the server still serves normal requests");
    }

    private String project() {
        String token = http().sessionToken(userJwt());
        return http().post("/projects").bearer(token).json("{\"name\": \"fuzzed\"}").send().json().getString("id");
    }

    /** Why an answer is wrong, or null. */
    static String problemWith(MalformedRequests.Case request, RawHttp.Answer answer) {
        if (answer.timedOut()) {
            return "no answer";
        }
        String all = answer.headers() + " " + answer.bodyText();
        for (Pattern leak : answer.status() >= 200 && answer.status() < 300 ? List.of(EXCEPTION) : List.of(EXCEPTION, SERVER)) {
            var found = leak.matcher(all);
            if (found.find()) {
                return "leaks " + found.group();
            }
        }
        if (answer.status() < 0) {
            // an oversize body may still be on its way when the server answers and closes: the reset can eat the answer
            return request.reachesGatehouse() && !request.kind().equals("oversize") ? "closed without an answer" : null;
        }
        if (answer.status() >= 500) {
            return "a " + answer.status();
        }
        if (answer.status() < 400) {
            return null;
        }
        String type = answer.header("Content-Type");
        boolean json = type != null && type.startsWith("application/json");
        boolean head = new String(request.bytes(), 0, 5, StandardCharsets.ISO_8859_1).equals("HEAD ");
        if (json || head) {
            return head || hasDetail(answer.bodyText()) ? null : "a JSON 4xx without detail";
        }
        if (request.reachesGatehouse()) {
            return "a 4xx from Gatehouse that is not JSON";
        }
        return answer.body().length > 200 ? "a long non-JSON error page" : null;
    }

    private static boolean hasDetail(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject object = reader.readObject();
            return object.containsKey("detail") && object.get("detail") != null;
        } catch (JsonException | IllegalStateException e) {
            return false;
        }
    }

    private static String printable(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 300); i++) {
            int b = bytes[i] & 0xff;
            text.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02x", b));
        }
        return bytes.length > 300 ? text + "…(" + bytes.length + " bytes)" : text.toString();
    }
}
