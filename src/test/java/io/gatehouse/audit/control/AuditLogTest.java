package io.gatehouse.audit.control;

import io.gatehouse.kernel.KeyValues;
import io.gatehouse.kernel.SecurityEvent;
import io.gatehouse.kernel.SecurityEventType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.kernel.CallerKind;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditLogTest {

    private static final UUID USER = UUID.fromString("7f3a9c1e-1111-4000-8000-000000000001");
    private static final UUID SESSION = UUID.fromString("0b6e21d4-2222-4000-8000-000000000002");
    private static final UUID DEVICE = UUID.fromString("c0ffee00-3333-4000-8000-000000000003");

    @Test
    void anExchangeIsOneLineOfKeyValuePairsWithShortIds() {
        SecurityEvent event = SecurityEvent.sessionIssued(CallerKind.CLERK, USER, SESSION).from("203.0.113.9", SESSION);
        assertEquals("event=session.exchange user=7f3a9c1e session=0b6e21d4 ip=203.0.113.9 credential=clerk_jwt",
                AuditLog.line(event));
    }

    @Test
    void aRebindShowsTheRowsMovedAndTheShortDevicePrincipal() {
        SecurityEvent event = SecurityEvent.rebind(USER, DEVICE, 3, true, true, 0);
        assertEquals("event=session.rebind user=7f3a9c1e reason=rebound rows_moved=3 anonymous=c0ffee00 proof=yes",
                AuditLog.line(event));
    }

    @Test
    void aRebindWithoutProofShowsTheSecretsItDeleted() {
        SecurityEvent event = SecurityEvent.rebind(USER, DEVICE, 1, false, false, 2);
        assertEquals("event=session.rebind user=7f3a9c1e reason=already_rebound rows_moved=1 anonymous=c0ffee00 proof=no"
                + " secrets_deleted=2", AuditLog.line(event));
    }

    @Test
    void aRefusalMessageIsQuotedAndCannotBreakTheLine() {
        String detail = KeyValues.of("credential", "jwt").and("message", "Invalid token: unsupported algorithm \"x\"\nevent=forged").toString();
        SecurityEvent event = new SecurityEvent(SecurityEventType.TOKEN_REFUSED, Instant.now(), null, null, "invalid_token",
                "::1", detail);
        assertEquals("event=token.refused ip=::1 reason=invalid_token credential=jwt"
                + " message=\"Invalid token: unsupported algorithm \\\"x\\\"?event=forged\"", AuditLog.line(event));
    }

    @Test
    void aWebhookShowsItsEventAndTheShortClerkId() {
        SecurityEvent event = SecurityEvent.webhook("user.updated", "user_2abcDEFghiJKL", "applied");
        assertEquals("event=webhook.delivery reason=applied clerk_event=user.updated clerk_id=user_2abcDEF…", AuditLog.line(event));
    }

    @Test
    void anAdminActionNamesItsOperatorAsTheActor() {
        UUID operator = UUID.fromString("a11ce000-4444-4000-8000-000000000004");
        assertEquals("event=admin.sign_out user=7f3a9c1e actor=a11ce000 sessions=2 agent_tokens=1",
                AuditLog.line(SecurityEvent.adminSignOut(operator, USER, 2, 1)));
        assertEquals("event=admin.session_revoke user=7f3a9c1e session=0b6e21d4 actor=a11ce000",
                AuditLog.line(SecurityEvent.adminSessionRevoke(operator, USER, SESSION)));
        assertEquals("event=admin.lock user=7f3a9c1e actor=a11ce000 reason=locked lock_reason=locked_by_operator",
                AuditLog.line(SecurityEvent.adminLock(operator, USER, false, "locked_by_operator")));
        assertEquals("event=admin.unlock user=7f3a9c1e actor=a11ce000 reason=not_locked",
                AuditLog.line(SecurityEvent.adminUnlock(operator, USER, false, null)));
        assertEquals(operator, SecurityEvent.adminLock(operator, USER, true, "banned_in_clerk").from("::1", null).actorId());
    }
}
