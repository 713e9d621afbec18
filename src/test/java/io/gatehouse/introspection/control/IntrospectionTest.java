package io.gatehouse.introspection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.kernel.CredentialType;
import io.gatehouse.sessions.entity.CachedSession;
import jakarta.json.Json;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IntrospectionTest {

    private static final UUID ID = UUID.randomUUID();
    private static final UUID PRINCIPAL = UUID.randomUUID();

    @Test
    void aSessionAnswersItsSubjectKindAndInstantsInSeconds() {
        Caller caller = new Caller(PRINCIPAL, CallerKind.CLERK, CredentialType.SESSION_TOKEN, "user_1", ID, Map.of());
        CachedSession session = new CachedSession(ID, PRINCIPAL, CallerKind.CLERK, "user_1", 1_700_000_000_999L,
                1_700_001_800_999L, false);

        assertEquals(Json.createObjectBuilder().add("active", true).add("sub", "user_1").add("token_type", "Bearer")
                .add("kind", "clerk").add("iat", 1_700_000_000L).add("exp", 1_700_001_800L).build(),
                Introspection.active(caller, session));
    }

    @Test
    void anAgentTokenHasNoExpiry() {
        Caller caller = new Caller(PRINCIPAL, CallerKind.AGENT, CredentialType.AGENT_TOKEN, "agent:" + ID, ID, Map.of());
        CachedSession token = new CachedSession(ID, PRINCIPAL, CallerKind.AGENT, "agent:" + ID, 1_700_000_000_000L,
                Long.MAX_VALUE, false);

        assertEquals(Json.createObjectBuilder().add("active", true).add("sub", "agent:" + ID).add("token_type", "Bearer")
                .add("kind", "agent").add("iat", 1_700_000_000L).build(), Introspection.active(caller, token));
    }

    @Test
    void anAnonymousSessionAnswersItsPrincipalNeverTheDeviceId() {
        Caller caller = new Caller(PRINCIPAL, CallerKind.ANONYMOUS, CredentialType.SESSION_TOKEN, "ipad-7F3A", ID, Map.of());
        CachedSession session = new CachedSession(ID, PRINCIPAL, CallerKind.ANONYMOUS, "ipad-7F3A", 1_700_000_000_999L,
                1_700_001_800_999L, false);

        assertEquals("anon:" + PRINCIPAL, Introspection.active(caller, session).getString("sub"));
    }

    @Test
    void inactiveIsTheBareAnswer() {
        assertEquals("{\"active\":false}", Introspection.INACTIVE.toString());
    }
}
