package io.gatehouse.problems.control;

import io.gatehouse.kernel.ApiProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContainerErrorsTest {

    /** An exception as a server's HTTP layer throws it: its first frame outside the JDK is the server's. */
    private static RuntimeException thrownBy(String type) {
        RuntimeException e = new IllegalArgumentException("UT000173: An invalid control character [233] was present");
        e.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.lang.Integer", "parseInt", "Integer.java", 1),
            new StackTraceElement(type, "parse", "X.java", 2),
            new StackTraceElement("io.gatehouse.security.control.CredentialExtractor", "fromCookie", "C.java", 3)});
        return e;
    }

    @Test
    void aServerStatusKeepsItsMeaningInGatehousesWords() {
        ApiProblem problem = ContainerErrors.problemFor(400, null, false);
        assertEquals(400, problem.status());
        assertEquals("bad_request", problem.code());
        assertEquals("Bad request", problem.detail());
        assertEquals(404, ContainerErrors.problemFor(404, null, true).status());
        assertEquals("Not acceptable", ContainerErrors.problemFor(406, null, true).detail());
    }

    @Test
    void aMethodTheServersOwnServletDoesNotImplementIsA405NotA501() {
        ApiProblem problem = ContainerErrors.problemFor(501, null, true);
        assertEquals(405, problem.status());
        assertEquals("method_not_allowed", problem.code());
        assertEquals("GET, HEAD, OPTIONS", problem.headers().get("Allow"));
    }

    @Test
    void anExceptionWhileTheServerReadTheRequestIsTheClients() {
        ApiProblem problem = ContainerErrors.problemFor(500, thrownBy("io.undertow.util.Cookies"), false);
        assertEquals(400, problem.status());
        assertEquals(ContainerErrors.UNREADABLE, problem.detail());
    }

    @Test
    void anExceptionAfterGatehouseGotTheRequestOrInItsCodeIsABug() {
        assertEquals(500, ContainerErrors.problemFor(500, thrownBy("io.undertow.util.Cookies"), true).status());
        assertEquals(500, ContainerErrors.problemFor(500, thrownBy("io.gatehouse.streaming.boundary.WebSocketGate"), false).status());
        assertEquals("Internal server error", ContainerErrors.problemFor(500, null, true).detail());
        assertTrue(ContainerErrors.thrownByGatehouse(new IllegalStateException("here")));
        assertFalse(ContainerErrors.thrownByGatehouse(new RuntimeException(thrownBy("org.glassfish.grizzly.http.util.URLDecoder"))));
    }

    @Test
    void aServerThatIsNotReadySaysSoAndOtherServerErrorsAreInternal() {
        ApiProblem unavailable = ContainerErrors.problemFor(503, null, true);
        assertEquals(503, unavailable.status());
        assertTrue(unavailable.retryable());
        assertEquals(500, ContainerErrors.problemFor(502, null, true).status());
        assertEquals(500, ContainerErrors.problemFor(null, null, true).status());
    }
}
