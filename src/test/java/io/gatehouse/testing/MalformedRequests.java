package io.gatehouse.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Makes malformed requests for the fuzz test, byte for byte, from a seeded {@link Random}: each call picks a kind
 * (a bad JSON body to an endpoint that reads one, with a credential it accepts; an oversize body; an odd method; a
 * malformed {@code %} escape; an odd credential or header; a random path) and builds the request's bytes
 * ({@code Connection: close}), ready for {@link RawHttp}.
 */
public final class MalformedRequests {

    /**
     * One generated request.
     *
     * @param kind             what was done to it, for the report
     * @param bytes            the request as sent
     * @param reachesGatehouse whether both servers hand it to Gatehouse, which must then answer in its JSON
     */
    public record Case(String kind, byte[] bytes, boolean reachesGatehouse) {
    }


    private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"};
    private static final String[] ODD_METHODS = {"FOO", "PROPFIND", "get", "Post", "MKCOL", "LOCK", "BREW", "X", "PURGE", "SEARCH"};
    private static final String[] PATHS = {"/auth/anonymous", "/auth/session", "/auth/rebind", "/auth/bootstrap", "/auth/sessions",
        "/projects", "/research", "/api/v1/users/me", "/api/v1/agents", "/api/v1/auth/bootstrap", "/api/v1/audit",
        "/api/v1/admin/users", "/secrets/github_pat", "/auth/introspect", "/auth/revoke", "/webhooks/clerk",
        "/public/share/community", "/public/tags/popular", "/public/creators/nobody", "/public/share/none",
        "/.well-known/oauth-protected-resource", "/.well-known/agent-auth-errors", "/agent/auth/register", "/llms.txt",
        "/auth.md", "/ops/metrics", "/health/ready", "/health/live", "/health", "/metrics", "/openapi", "/openapi.json",
        "/ws", "/no/such/path", "/"};
    private static final String[] QUERY_KEYS = {"limit", "cursor", "sort", "scope", "type", "user", "since", "query", "x"};
    private static final String[] FIELDS = {"device_id", "anonymous_token", "name", "project_id", "query", "slug", "tags",
        "handle", "value", "expires_in_days", "preferred_name", "timezone"};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=UTF-8", "text/plain",
        "application/x-www-form-urlencoded", "application/octet-stream", "application/xml", null};

    private final Random random;
    private final String anonymous;
    private final String session;
    private final String jwt;
    private final String project;

    public MalformedRequests(Random random, String anonymous, String session, String jwt, String project) {
        this.random = random;
        this.anonymous = anonymous;
        this.session = session;
        this.jwt = jwt;
        this.project = project;
    }

    /** The next request. */
    public Case next() {
        return switch (random.nextInt(9)) {
            case 0, 1, 2 -> jsonBody();
            case 3 -> oversizeBody();
            case 4 -> oddMethod();
            case 5 -> badEscape();
            case 6 -> oddAuthorization();
            case 7 -> oddHeader();
            default -> randomPath();
        };
    }

    /** A malformed body to an endpoint that reads JSON, with a credential it accepts, so the body decides. */
    private Case jsonBody() {
        String[][] targets = {{"POST", "/auth/anonymous", null}, {"POST", "/projects", anonymous}, {"POST", "/auth/rebind", session},
            {"POST", "/research", session}, {"PATCH", "/api/v1/users/me", session}, {"POST", "/api/v1/agents", jwt},
            {"POST", "/projects/" + project + "/publish", session}, {"PUT", "/secrets/openai_key", anonymous},
            {"POST", "/agent/auth/claim", null}};
        String[] target = pick(targets);
        String kind = pick(new String[] {"garbage", "truncated", "deep", "huge-number", "duplicate-key", "wrong-type",
            "invalid-utf8", "control", "scalar"});
        byte[] body = switch (kind) {
            case "garbage" -> randomBytes(1 + random.nextInt(200));
            case "truncated" -> truncate(validBody());
            case "deep" -> deep(33 + random.nextInt(3000));
            case "huge-number" -> ("{\"" + pick(FIELDS) + "\": " + hugeNumber() + "}").getBytes(StandardCharsets.UTF_8);
            case "duplicate-key" -> duplicateKey();
            case "wrong-type" -> ("{\"" + pick(FIELDS) + "\": " + pick(new String[] {"[]", "{}", "true", "null", "12", "-0.5",
                "[\"a\"]", "{\"a\": {}}", "1e63"}) + "}").getBytes(StandardCharsets.UTF_8);
            case "invalid-utf8" -> invalidUtf8();
            case "control" -> ("{\"" + pick(FIELDS) + "\": \"a\\u0000\\ud800\\u202e\\u0007b\"}").getBytes(StandardCharsets.UTF_8);
            default -> pick(new String[] {"1", "\"x\"", "[]", "null", "true", "  ", "\uFEFF[1]"}).getBytes(StandardCharsets.UTF_8);
        };
        String contentType = pick(CONTENT_TYPES);
        return new Case("json-" + kind, request(target[0], target[1], target[2], contentType, body, random.nextInt(5) == 0), true);
    }

    private Case oversizeBody() {
        String path = pick(new String[] {"/auth/anonymous", "/projects", "/auth/rebind", "/webhooks/clerk", "/auth/introspect",
            "/agent/auth/register", "/api/v1/users/me"});
        String method = path.equals("/api/v1/users/me") ? "PATCH" : "POST";
        int size = 64 * 1024 + 1 + random.nextInt(256 * 1024);
        byte[] body = new byte[size];
        byte[] pattern = "{\"device_id\": \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", ".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < size; i++) {
            body[i] = pattern[i % pattern.length];
        }
        String credential = path.equals("/projects") ? anonymous : path.startsWith("/auth/rebind") || path.startsWith("/api") ? session : null;
        String type = path.startsWith("/auth/i") ? "application/x-www-form-urlencoded" : "application/json";
        return new Case("oversize", request(method, path, credential, type, body, random.nextBoolean()), true);
    }

    private Case oddMethod() {
        String method = pick(ODD_METHODS);
        String credential = random.nextBoolean() ? anonymous : null;
        String path = pick(PATHS);
        return new Case("odd-method", request(method, path, credential, null, null, false), !servedByTheServer(path));
    }

    /**
     * Paths the servers serve themselves on the application's port: Payara Micro's {@code /health}, {@code /metrics} and
     * {@code /openapi} (inside Gatehouse's context, so their errors go through its error page), WildFly's {@code /openapi}
     * (outside it: its errors are WildFly's small HTML pages).
     */
    private static boolean servedByTheServer(String path) {
        return path.startsWith("/health") || path.startsWith("/metrics") || path.startsWith("/openapi") && !path.equals("/openapi.json");
    }

    private Case badEscape() {
        String escape = pick(new String[] {"%zz", "%", "%2", "%g0", "%00", "%ff", "%c0%af", "%e2%82", "%u0041", "%%", "%2e%2e",
            "%ed%a0%80"});
        String path = pick(PATHS);
        boolean inQuery = random.nextBoolean();
        String target = inQuery ? path + "?" + pick(QUERY_KEYS) + "=" + escape + (random.nextBoolean() ? "&" + escape + "=1" : "")
                : path + (path.endsWith("/") ? "" : "/") + escape + (random.nextBoolean() ? "/x" : "");
        // the servers decode (or refuse) the path before Gatehouse sees it; a query reaches Gatehouse on both
        return new Case(inQuery ? "escape-query" : "escape-path",
                request(pick(new String[] {"GET", "POST", "DELETE"}), target, random.nextBoolean() ? anonymous : null, null, null, false),
                false);
    }

    private Case oddAuthorization() {
        String token = pick(new String[] {jwt, session, anonymous});
        String header = pick(new String[] {
            "Authorization: Bearer " + token + "\u00a0", "Authorization: Bearer\t" + token, "Authorization: Bearer  " + token,
            "Authorization: Bearer   " + token + "\t", "Authorization: Bearer " + token + " x", "Authorization: bearer " + token,
            "Authorization: Bearer", "Authorization: Bearer ", "Authorization: Basic " + token, "Authorization: Bearer \"" + token + "\"",
            "Authorization: Bearer " + token + "=", "Authorization: Bearer " + token.substring(0, token.length() / 2),
            "Authorization: Bearer " + "A".repeat(5000), "Authorization: Bearer a,b", "Authorization: Bearer " + token + "\u00ff",
            "Authorization: Bearer " + token + "\r\nAuthorization: Bearer " + token, "X-Agent-Token: " + token + "\u00a0",
            "X-Agent-Token: \t" + token + "\t", "Cookie: __session=" + token + "\u00a0", "Cookie: __session=\"" + token + "\"",
            "Cookie: __session=" + token + "; __session=x"});
        boolean ascii = header.chars().allMatch(c -> c < 0x80);
        String path = pick(new String[] {"/projects", "/auth/bootstrap", "/auth/session", "/api/v1/users/me", "/auth/sessions",
            "/research"});
        String method = path.equals("/auth/session") ? "POST" : "GET";
        return new Case("authorization", request(method, path, null, null, null, false, header), ascii);
    }

    /** Headers Gatehouse sees (the servers pass them on) and must answer in its JSON. */
    private static final String[] HEADERS_PASSED_ON = {"Cookie: x=y; z",
        "Cookie: ;;;===;", "Cookie: __session=\"unterminated", "Accept: text/html;q=abc", "Accept: ***", "Accept: text/html;q=1.5",
        "Accept: application/json;q=", "Content-Type: ;;;", "Content-Type: application/json; charset=",
        "Content-Type: application/json; charset=\"", "Content-Type: a/b; c", "Accept-Language: $$$;q=x", "Origin: null",
        "Referer: ::::", "X-Forwarded-For: ::::,,,", "Last-Event-ID: -1", "Last-Event-ID: 99999999999999999999",
        "Range: bytes=garbage", "Content-Encoding: gzip", "If-None-Match: ***"};

    /** Headers a server may refuse itself before Gatehouse sees the request: its answer must still leak nothing. */
    private static final String[] HEADERS_A_SERVER_MAY_REFUSE = {"Cookie: __session=ab\u00e9cd", "Cookie: a=\u00ff; __session=x",
        "Cookie: $Version=abc; __session=x", "Cookie: " + "c=1; ".repeat(250), "Cookie: \u0001=\u0002", "Origin: http://\u00e9vil",
        "X-Forwarded-For: 1.2.3.4, \u00ff", "If-Match: \u00e9", "Expect: 100-continue-not", "X-Long: " + "x".repeat(6000),
        "X-Ctl: a\u007fb", "Sec-WebSocket-Protocol: bearer, \u00e9", "Upgrade: websocket", "Connection: close, upgrade, \u00e9"};

    private Case oddHeader() {
        boolean passedOn = random.nextBoolean();
        String header = pick(passedOn ? HEADERS_PASSED_ON : HEADERS_A_SERVER_MAY_REFUSE);
        String path = pick(PATHS);
        String method = pick(METHODS);
        boolean body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        // Payara Micro serves /health, /metrics and /openapi itself, inside Gatehouse's context: its errors are
        // Gatehouse's JSON (the error page), but a header it does not parse may also simply be ignored
        boolean reaches = passedOn && !servedByTheServer(path);
        return new Case("header", request(method, path, random.nextBoolean() ? anonymous : null, body ? "application/json" : null,
                body ? "{}".getBytes(StandardCharsets.UTF_8) : null, false, header), reaches);
    }

    private Case randomPath() {
        StringBuilder path = new StringBuilder();
        int segments = 1 + random.nextInt(6);
        for (int i = 0; i < segments; i++) {
            path.append('/').append(pick(new String[] {"..", ".", "", ";x=1", "%2F", "%2e", "projects", "auth", "api", "v1",
                "%e2%9c%93", "~", "a%20b", "x".repeat(1 + random.nextInt(40)), "public", "share", "%5c", "WEB-INF", "META-INF",
                "web.xml", ".gatehouse-error", "health", "index.html"}));
        }
        if (random.nextInt(20) == 0) {
            path.append("/").append("y".repeat(4000 + random.nextInt(8000)));
        }
        String method = random.nextInt(4) == 0 ? pick(ODD_METHODS) : pick(METHODS);
        return new Case("random-path", request(method, path.toString(), random.nextBoolean() ? anonymous : null, null, null, false),
                false);
    }

    private byte[] validBody() {
        return ("{\"device_id\": \"dev-" + random.nextInt(1000) + "\", \"name\": \"n\", \"tags\": [\"a\", \"b\"], \"slug\": \"s-1\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] truncate(byte[] body) {
        return Arrays.copyOf(body, 1 + random.nextInt(body.length - 1));
    }

    private byte[] deep(int depth) {
        StringBuilder text = new StringBuilder("{\"" + pick(FIELDS) + "\": ");
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (random.nextBoolean()) {
                text.append('[');
                close.append(']');
            } else {
                text.append("{\"a\":");
                close.append('}');
            }
        }
        text.append('1').append(close.reverse()).append('}');
        return (random.nextInt(4) == 0 ? text.substring(0, text.length() / 2) : text.toString()).getBytes(StandardCharsets.UTF_8);
    }

    private String hugeNumber() {
        return pick(new String[] {"1e999999999", "-1E-2147483648", "1e2147483648", "9".repeat(70 + random.nextInt(5000)),
            "0." + "0".repeat(100) + "1", "1e65", "123456789012345678901234567890e40", "-0e-99999"});
    }

    private byte[] duplicateKey() {
        String field = pick(FIELDS);
        return ("{\"" + field + "\": \"a\", \"x\": 1, \"" + field + "\": \"b\"}").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] invalidUtf8() {
        byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE9},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("{\"" + pick(FIELDS) + "\": \"ab").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bad[random.nextInt(bad.length)]);
        body.writeBytes("cd\"}".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private <T> T pick(T[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /**
     * The bytes of a request ({@code Connection: close}); the body goes with its {@code Content-Length}, or chunked;
     * extra header lines are sent as they are, each character as one byte (ISO-8859-1).
     */
    static byte[] request(String method, String target, String bearer, String contentType, byte[] body, boolean chunked,
            String... extraHeaders) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
        head.append("Connection: close\r\n");
        if (bearer != null) {
            head.append("Authorization: Bearer ").append(bearer).append("\r\n");
        }
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        for (String extra : extraHeaders) {
            head.append(extra).append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (body == null) {
            if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
                head.append("Content-Length: 0\r\n");
            }
            out.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            return out.toByteArray();
        }
        head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n").append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!chunked) {
            out.writeBytes(body);
            return out.toByteArray();
        }
        for (int offset = 0; offset < body.length; offset += 8192) {
            int size = Math.min(8192, body.length - offset);
            out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, offset, size);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
