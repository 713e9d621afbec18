package io.gatehouse.cluster;

import io.gatehouse.cluster.control.RunEventText;
import io.gatehouse.cluster.control.SessionText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.kernel.CallerKind;
import io.gatehouse.sessions.entity.CachedSession;
import io.gatehouse.streaming.entity.RunEvent;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WireTextTest {

    @Test
    void sessionsSurviveTheTripWhateverTheSubject() {
        for (String subject : new String[] {null, "", "user_2abc", "a|b|c", "line\nbreak"}) {
            for (boolean revoked : new boolean[] {false, true}) {
                CachedSession session = new CachedSession(UUID.randomUUID(), UUID.randomUUID(), CallerKind.AGENT,
                        subject, 1_700_000_000_000L, Long.MAX_VALUE, revoked);
                assertEquals(session, SessionText.parse(SessionText.of(session)));
            }
        }
    }

    @Test
    void runEventsSurviveTheTripWhateverTheData() {
        RunEvent event = new RunEvent(UUID.randomUUID(), UUID.randomUUID(), 7, "completed",
                "{\"summary\":\"a|b\\nc\"}", true);
        assertEquals(event, RunEventText.parse(RunEventText.of(event)));
    }

    @Test
    void textOfAnotherShapeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SessionText.parse("v2|x"));
        assertThrows(IllegalArgumentException.class, () -> RunEventText.parse("nonsense"));
    }
}
