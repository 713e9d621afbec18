package io.gatehouse.it;

import static io.gatehouse.it.MissionControlIT.assertMissionControlProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.ClerkEvents;
import io.gatehouse.testing.ClerkToken;
import io.gatehouse.testing.HttpReply;
import io.gatehouse.testing.WsConnection;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The chain of trust: only Clerk session tokens stand for a user, and whatever ends a Clerk session or locks its user
 * out (Clerk's session and user webhooks) ends every Gatehouse credential minted from it, streams included.
 */
class TrustChainIT extends PlainDeployment {

    static final String NO_SID = "Invalid token: not a Clerk session token (no sid)";
    static final String TEMPLATE = "Invalid token: not a Clerk session token (it has an aud claim: a JWT-template token"
            + " is meant for another service)";
    static final String ENDED = "Invalid token: Clerk session ended";
    static final String REVOKED = "Invalid token: session revoked";

    private URI ws() {
        return URI.create(http().uri("/ws").toString().replaceFirst("^http", "ws"));
    }

    private void assertRefusedEverywhere(String jwt, String detail) {
        assertProblem(http().post("/auth/session").bearer(jwt).send(), 401, detail);
        assertProblem(http().get("/projects").bearer(jwt).send(), 401, detail);
        assertProblem(http().get("/auth/bootstrap").bearer(jwt).send(), 401, detail);
        HttpReply agent = http().post("/api/v1/agents").bearer(jwt).json("{\"name\": \"stolen\"}").send();
        assertMissionControlProblem(agent, 401, "unauthorized", "Not authenticated");
        assertTrue(agent.header("WWW-Authenticate").contains(detail), agent::toString);
        assertEquals(401, WsConnection.connect(ws(), List.of("bearer", jwt), Map.of()).refusedWith(), "a stream too");
    }

    @Test
    void jwtTemplateTokensDoNotStandForAUser() {
        String user = newUserId();
        assertRefusedEverywhere(clerk().token().subject(user).without("sid").claim("aud", "convex").sign(), NO_SID);
        assertRefusedEverywhere(clerk().token().subject(user).claim("aud", "convex").sign(), TEMPLATE);
        assertRefusedEverywhere(clerk().token().subject(user).claim("aud", List.of("convex", "other")).sign(), TEMPLATE);
        assertRefusedEverywhere(clerk().token().claim("sub", 12345).sign(), "Invalid token: sub must be a string");
        assertRefusedEverywhere(clerk().token().subject(user).claim("sid", 42).sign(), "Invalid token: sid must be a string");
        assertRefusedEverywhere(clerk().token().subject(user).claim("azp", List.of("http://localhost:3000")).sign(),
                "Invalid token: azp must be a string");

        String session = clerk().token().subject(user).sign();
        assertEquals(200, http().get("/projects").bearer(session).send().status(), "a session token of the same user works");
    }

    @Test
    void eachSessionWebhookEndsExactlyTheSessionsOfItsClerkSession() {
        for (String type : List.of("session.ended", "session.removed", "session.revoked")) {
            String user = newUserId();
            ClerkToken ending = clerk().token().subject(user);
            String sid = ending.sessionIdValue();
            String first = http().sessionToken(ending.sign());
            String second = http().sessionToken(clerk().token().subject(user).claim("sid", sid).sign());
            ClerkToken other = clerk().token().subject(user);
            String kept = http().sessionToken(other.sign());

            try (WsConnection socket = WsConnection.connect(ws(), List.of("bearer", first), Map.of()).opened();
                    WsConnection jwtSocket = WsConnection.connect(ws(),
                            List.of("bearer", clerk().token().subject(user).claim("sid", sid).sign()), Map.of()).opened();
                    WsConnection keptSocket = WsConnection.connect(ws(), List.of("bearer", kept), Map.of()).opened()) {
                HttpReply delivered = ClerkEvents.deliver(http(), SVIX, ClerkEvents.session(type, sid, user));
                assertEquals(200, delivered.status(), delivered::toString);
                assertEquals("applied", delivered.json().getString("outcome"), type);

                assertEquals(1008, socket.awaitClose(Duration.ofSeconds(2)), type + ": the session's stream closes");
                assertEquals(1008, jwtSocket.awaitClose(Duration.ofSeconds(2)), type + ": a JWT stream of the session too");
                assertProblem(http().get("/projects").bearer(first).send(), 401, REVOKED);
                assertProblem(http().get("/projects").bearer(second).send(), 401, REVOKED);
                assertProblem(http().get("/projects").bearer(clerk().token().subject(user).claim("sid", sid).sign()).send(),
                        401, ENDED);
                assertProblem(http().post("/auth/session").bearer(clerk().token().subject(user).claim("sid", sid).sign())
                        .send(), 401, ENDED);

                assertEquals(200, http().get("/projects").bearer(kept).send().status(), type + ": another Clerk session lives on");
                assertEquals(200, http().get("/projects").bearer(other.sign()).send().status());
                assertTrue(!keptSocket.isClosed(), type + ": and its stream stays open");
            }
            HttpReply again = ClerkEvents.deliver(http(), SVIX, ClerkEvents.session(type, sid, user));
            assertEquals("ignored", again.json().getString("outcome"), "an end already applied changes nothing");
        }
    }

    @Test
    void aBanInClerkEndsEverythingUntilLifted() {
        String user = newUserId();
        String session = http().sessionToken(clerk().token().subject(user).sign());
        String agent = http().post("/api/v1/agents").bearer(clerk().token().subject(user).sign())
                .json("{\"name\": \"bot\"}").send().json().getString("token");
        long t = System.currentTimeMillis();

        try (WsConnection socket = WsConnection.connect(ws(), List.of("bearer", session), Map.of()).opened()) {
            HttpReply banned = ClerkEvents.deliver(http(), SVIX, ClerkEvents.userFlags(user, true, false, t));
            assertEquals(200, banned.status(), banned::toString);
            assertEquals(1008, socket.awaitClose(Duration.ofSeconds(2)), "the banned user's stream closes");
        }
        assertProblem(http().get("/projects").bearer(session).send(), 401, REVOKED);
        assertMissionControlProblem(http().get("/api/v1/users/me").bearer(agent).send(), 401, "unauthorized", "Not authenticated");
        HttpReply jwt = http().get("/projects").bearer(clerk().token().subject(user).sign()).send();
        assertProblem(jwt, 401, "User is locked: banned in Clerk");
        assertEquals("user_locked", jwt.json().getString("code"));
        assertProblem(http().post("/auth/session").bearer(clerk().token().subject(user).sign()).send(), 401,
                "User is locked: banned in Clerk");

        HttpReply older = ClerkEvents.deliver(http(), SVIX, ClerkEvents.userFlags(user, false, false, t - 1_000));
        assertEquals("ignored", older.json().getString("outcome"), "an older event never undoes a newer one");
        assertProblem(http().get("/projects").bearer(clerk().token().subject(user).sign()).send(), 401,
                "User is locked: banned in Clerk");

        ClerkEvents.deliver(http(), SVIX, ClerkEvents.userFlags(user, false, true, t + 1_000));
        assertProblem(http().get("/projects").bearer(clerk().token().subject(user).sign()).send(), 401,
                "User is locked: locked in Clerk");

        HttpReply lifted = ClerkEvents.deliver(http(), SVIX, ClerkEvents.userFlags(user, false, false, t + 2_000));
        assertEquals("applied", lifted.json().getString("outcome"));
        assertEquals(200, http().get("/projects").bearer(clerk().token().subject(user).sign()).send().status());
        String again = http().sessionToken(clerk().token().subject(user).sign());
        assertEquals(200, http().get("/projects").bearer(again).send().status(), "signing in works again");
        assertProblem(http().get("/projects").bearer(session).send(), 401, REVOKED);
    }
}
