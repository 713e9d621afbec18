package io.gatehouse.audit.control;

import io.gatehouse.audit.entity.AuditCursor;
import io.gatehouse.audit.entity.AuditEvent;
import io.gatehouse.audit.entity.AuditEventView;
import io.gatehouse.audit.entity.AuditPage;
import io.gatehouse.audit.entity.AuditQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Reads the audit trail a page at a time, newest first. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditRows rows;

    public AuditPage page(AuditQuery query) {
        List<AuditEvent> found = rows.newest(query, query.limit() + 1);
        boolean more = found.size() > query.limit();
        List<AuditEvent> page = more ? found.subList(0, query.limit()) : found;
        String next = more ? AuditCursor.after(page.get(page.size() - 1)).encode() : null;
        return new AuditPage(page.stream().map(AuditEventView::of).toList(), next);
    }
}
