package io.gatehouse.rebind.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OwnerColumnTest {

    @Test
    void plainIdentifiersMakeTheNoneOwnedCondition() {
        assertEquals("NOT EXISTS (SELECT 1 FROM research_runs o WHERE o.owner_id = p.id)",
                new OwnerColumn("research_runs", "owner_id").noneOwnedBy("p.id"));
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad : List.of("", "Projects", "projects;drop", "1projects", "projects o", "\"projects\"")) {
            assertThrows(IllegalArgumentException.class, () -> new OwnerColumn(bad, "owner_id"), bad);
            assertThrows(IllegalArgumentException.class, () -> new OwnerColumn("projects", bad), bad);
        }
    }
}
