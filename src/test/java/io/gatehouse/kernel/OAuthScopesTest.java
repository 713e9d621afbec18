package io.gatehouse.kernel;

import io.gatehouse.security.control.CookieForgeryCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OAuthScopesTest {

    @Test
    void scopesComeFromTheScopeClaimElseFromScp() {
        assertEquals(Set.of("profile", "email"), OAuthScopes.of(Map.of("scope", " profile  email ")));
        assertEquals(Set.of("profile"), OAuthScopes.of(Map.of("scp", List.of("profile", 3))));
        assertEquals(Set.of("email"), OAuthScopes.of(Map.of("scp", "email")));
        assertEquals(Set.of(), OAuthScopes.of(Map.of("scope", 42)));
        assertEquals(Set.of(), OAuthScopes.of(Map.of()));
    }

    @Test
    void onlyAccessTokensAreLimitedByScopes() {
        UUID id = UUID.randomUUID();
        Caller access = new Caller(id, CallerKind.CLERK, CredentialType.ACCESS_TOKEN, "user_1", null, Map.of("scope", "profile"));
        assertTrue(access.grants("profile"));
        assertFalse(access.grants("email"));
        Caller session = new Caller(id, CallerKind.CLERK, CredentialType.SESSION_TOKEN, "user_1", UUID.randomUUID(), Map.of());
        assertTrue(session.grants("email"));
    }

    @Test
    void theRefererGivesItsOrigin() {
        assertEquals("https://app.example.com", CookieForgeryCheck.originOf("https://app.example.com/a/b?c=d"));
        assertEquals("http://localhost:3000", CookieForgeryCheck.originOf("http://localhost:3000/"));
        assertEquals(null, CookieForgeryCheck.originOf("/relative/path"));
        assertEquals(null, CookieForgeryCheck.originOf("not a url at all"));
        assertEquals(null, CookieForgeryCheck.originOf(""));
    }
}
