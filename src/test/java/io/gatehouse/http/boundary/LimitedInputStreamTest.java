package io.gatehouse.http.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.kernel.ApiProblem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    @Test
    void aBodyWithinTheLimitReadsWhole() throws Exception {
        byte[] body = new byte[100];
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(body), 100)) {
            assertArrayEquals(body, in.readAllBytes());
        }
    }

    @Test
    void readingPastTheLimitIsA413AndReadsNoFurther() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'x';
            }
        };
        ApiProblem problem = assertThrows(ApiProblem.class, () -> new LimitedInputStream(endless, 1000).readAllBytes());
        assertEquals(413, problem.status());
        assertEquals("Request body too large (limit 1000 bytes)", problem.detail());
        assertEquals(1001, served.get(), "one byte past the limit, no more");
        assertThrows(ApiProblem.class, () -> new LimitedInputStream(new ByteArrayInputStream(new byte[11]), 10).read(new byte[64]));
    }
}
