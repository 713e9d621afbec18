package io.gatehouse.it;

import static io.gatehouse.it.MissionControlIT.assertMissionControlProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.HttpReply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code DELETE /api/v1/users/me}: Clerk first, then everything the user owns, and every credential revoked. */
class UserDeletionIT extends PlainDeployment {

    @AfterEach
    void restoreClerk() {
        clerk().reset();
    }

    /** A signed-in user with a session, a project and an agent token. */
    private record Account(String userId, String id, String session, String agent) {
    }

    private Account account() {
        String userId = newUserId();
        clerk().putUser(userId, "leaving@example.com", "Leaving", "User");
        String session = http().sessionToken(clerk().token().subject(userId).sign());
        assertEquals(201, http().post("/projects").bearer(session).json("{\"name\": \"doomed\"}").send().status());
        String agent = http().post("/api/v1/agents").bearer(clerk().token().subject(userId).sign()).json("{\"name\": \"bot\"}").send().json().getString("token");
        String id = http().get("/api/v1/users/me").bearer(session).send().json().getString("id");
        return new Account(userId, id, session, agent);
    }

    @Test
    void deletingDeletesInClerkThenLocallyAndRevokesEverything() {
        Account account = account();

        HttpReply deleted = http().delete("/api/v1/users/me").bearer(account.session()).send();

        assertEquals(204, deleted.status(), deleted::toString);
        assertTrue(clerk().deletedUsers().contains(account.userId()), "deleted in Clerk");
        assertEquals(401, http().get("/projects").bearer(account.session()).send().status(), "session revoked");
        assertEquals(401, http().get("/api/v1/users/me").bearer(account.agent()).send().status(), "agent token revoked");
        String again = http().sessionToken(clerk().token().subject(account.userId()).sign());
        assertNotEquals(account.id(), http().get("/api/v1/users/me").bearer(again).send().json().getString("id"),
                "signing in again starts a new user");
        assertEquals(0, http().get("/projects").bearer(again).send().json().getJsonArray("projects").size(),
                "nothing the old user owned is left");
    }

    @Test
    void aUserClerkNoLongerKnowsIsDeletedLocally() {
        Account account = account();
        clerk().deleteAnswers(404);

        assertEquals(204, http().delete("/api/v1/users/me").bearer(account.session()).send().status());

        assertEquals(401, http().get("/projects").bearer(account.session()).send().status());
    }

    @Test
    void whenClerkFailsNothingIsDeleted() {
        Account account = account();
        clerk().deleteAnswers(500);

        assertMissionControlProblem(http().delete("/api/v1/users/me").bearer(account.session()).send(), 502,
                "clerk_unavailable", "Clerk could not delete the user; nothing was deleted, try again later");

        assertEquals(1, http().get("/projects").bearer(account.session()).send().json().getJsonArray("projects").size());
        assertEquals(account.id(), http().get("/api/v1/users/me").bearer(account.agent()).send().json().getString("id"));
        clerk().backendAvailable(false);
        assertEquals(502, http().delete("/api/v1/users/me").bearer(account.session()).send().status(), "nor when it is down");
        assertEquals(200, http().get("/api/v1/users/me").bearer(account.session()).send().status());
    }

    @Test
    void anonymousDevicesCannotDeleteUsers() {
        assertEquals(403, http().delete("/api/v1/users/me").bearer(http().anonymousToken(newDeviceId())).send().status());
    }
}
