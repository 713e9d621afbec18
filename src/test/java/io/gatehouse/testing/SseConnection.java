package io.gatehouse.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A plain HTTP client of a {@code text/event-stream}: the body is read line by line on a thread of its own and
 * parsed into events (id, event, data; comments skipped), so a test can wait for the next event or for the end
 * of the stream with a deadline.
 */
public final class SseConnection implements AutoCloseable {

    private static final Object END = new Object();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final int status;
    private final HttpHeaders errorHeaders;
    private final String errorBody;
    private final InputStream body;
    private final BlockingQueue<Object> items = new LinkedBlockingQueue<>();
    private volatile boolean ended;

    private SseConnection(int status, HttpHeaders errorHeaders, String errorBody, InputStream body) {
        this.status = status;
        this.errorHeaders = errorHeaders;
        this.errorBody = errorBody;
        this.body = body;
    }

    /** Opens the stream; a status other than 200 is kept with its body and nothing is read. */
    public static SseConnection open(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
                    .get(30, TimeUnit.SECONDS);
            if (response.statusCode() != 200) {
                try (InputStream in = response.body()) {
                    return new SseConnection(response.statusCode(), response.headers(),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
                }
            }
            SseConnection connection = new SseConnection(200, null, null, response.body());
            Thread reader = new Thread(connection::read, "sse-reader " + uri.getPath());
            reader.setDaemon(true);
            reader.start();
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("GET " + uri + " failed", e);
        }
    }

    public int status() {
        return status;
    }

    /** The answer to a refused request (status other than 200): headers and body. */
    public HttpReply refusal() {
        return new HttpReply(status, errorHeaders, errorBody);
    }

    /** The next event, or {@code null} when the stream ended first; fails when nothing comes within the timeout. */
    public SseEvent next(Duration timeout) {
        if (ended && items.isEmpty()) {
            return null;
        }
        try {
            Object item = items.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (item == null) {
                throw new AssertionError("no event and no end of stream within " + timeout);
            }
            if (item == END) {
                ended = true;
                return null;
            }
            return (SseEvent) item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every event until the stream ends; fails unless it ends within the timeout. */
    public List<SseEvent> untilEnd(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<SseEvent> events = new ArrayList<>();
        for (SseEvent event = next(timeout); event != null;
                event = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))) {
            events.add(event);
        }
        return events;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String event = null;
            StringBuilder data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null) {
                        items.add(new SseEvent(id, event, data.toString()));
                    }
                    event = null;
                    data = null;
                } else if (!line.startsWith(":")) {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> event = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> { }
                    }
                }
            }
        } catch (IOException closedOrReset) {
            // the end of the stream, however it came
        } finally {
            items.add(END);
        }
    }

    @Override
    public void close() {
        if (body != null) {
            try {
                body.close();
            } catch (IOException ignored) {
                // closing aborts the exchange either way
            }
        }
    }
}
