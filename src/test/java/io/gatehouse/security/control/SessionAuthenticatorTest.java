package io.gatehouse.security.control;

import io.gatehouse.kernel.SessionTokens;
import io.gatehouse.kernel.TokenHash;
import io.gatehouse.sessions.control.InMemorySessionCache;
import io.gatehouse.sessions.control.SessionActivity;
import io.gatehouse.sessions.entity.CachedSession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.kernel.AuthResult;
import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CallerKind;
import io.gatehouse.kernel.CredentialType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionAuthenticatorTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final InMemorySessionCache cache = new InMemorySessionCache();
    private final SessionAuthenticator authenticator = new SessionAuthenticator();
    private final SessionActivity activity = new SessionActivity(cache, 60);

    @BeforeEach
    void wire() {
        authenticator.cache = cache;
        authenticator.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        authenticator.activity = activity;
    }

    private String store(long expiresInMillis) {
        return store(CallerKind.CLERK, UUID.randomUUID(), expiresInMillis);
    }

    private String store(CallerKind kind, UUID sessionId, long expiresInMillis) {
        String token = SessionTokens.mint(kind);
        cache.put(TokenHash.of(token), new CachedSession(sessionId, UUID.randomUUID(), kind, "user_1",
                NOW.toEpochMilli(), NOW.toEpochMilli() + expiresInMillis, false));
        return token;
    }

    @Test
    void aLiveSessionIsTheCaller() {
        String token = store(60_000);
        AuthResult result = authenticator.authenticate(token);
        Caller caller = assertInstanceOf(AuthResult.Accepted.class, result).caller();
        assertEquals(CallerKind.CLERK, caller.kind());
        assertEquals(CredentialType.SESSION_TOKEN, caller.credential());
        assertEquals("user_1", caller.subject());
        assertEquals(NOW.toEpochMilli() + 60_000, caller.expiresAtMillis(), "the session's expiry rides along");
    }

    @Test
    void aSessionsUseAndAnAgentTokensAreBothNoted() {
        UUID session = UUID.randomUUID();
        UUID agent = UUID.randomUUID();
        authenticator.authenticate(store(CallerKind.ANONYMOUS, session, 60_000));
        authenticator.authenticate(store(CallerKind.AGENT, agent, Long.MAX_VALUE - NOW.toEpochMilli()));

        assertEquals(NOW.toEpochMilli(), activity.lastSeen(session));
        assertEquals(NOW.toEpochMilli(), activity.lastSeen(agent), "an agent token's last use is kept too");
        assertEquals(2, activity.size());
    }

    @Test
    void refusedTokensNoteNoUse() {
        UUID expired = UUID.randomUUID();
        authenticator.authenticate(store(CallerKind.CLERK, expired, 0));
        String revoked = store(60_000);
        cache.markRevoked(TokenHash.of(revoked));
        authenticator.authenticate(revoked);

        assertEquals(0, activity.size());
    }

    @Test
    void expiredRevokedAndUnknownAreRefusedWithTheirReason() {
        assertEquals("Token expired", refusal(store(0)));
        String revoked = store(60_000);
        cache.markRevoked(TokenHash.of(revoked));
        assertEquals("Invalid token: session revoked", refusal(revoked));
        assertEquals("Invalid token: unknown session token", refusal(SessionTokens.mint(CallerKind.ANONYMOUS)));
    }

    @Test
    void tokensHavePrefixesAndEnoughRandomness() {
        String user = SessionTokens.mint(CallerKind.CLERK);
        String anonymous = SessionTokens.mint(CallerKind.ANONYMOUS);
        assertTrue(user.startsWith("msc_") && user.length() == 4 + 43, user);
        assertTrue(anonymous.startsWith("ms_sess_"), anonymous);
        assertNotEquals(SessionTokens.mint(CallerKind.CLERK), user);
        assertTrue(authenticator.accepts(user) && authenticator.accepts(anonymous));
    }

    @Test
    void hashesRoundTripThroughHex() {
        TokenHash hash = TokenHash.of("msc_example");
        assertEquals(64, hash.hex().length());
        assertEquals(hash, TokenHash.fromHex(hash.hex()));
    }

    private String refusal(String token) {
        return assertInstanceOf(AuthResult.Refused.class, authenticator.authenticate(token)).refusal().detail();
    }
}
