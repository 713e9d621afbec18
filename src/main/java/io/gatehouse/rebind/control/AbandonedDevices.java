package io.gatehouse.rebind.control;

import io.gatehouse.persistence.control.RetentionSweeps;
import io.gatehouse.kernel.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes anonymous principals nobody uses any more, since anyone can mint them: created more than
 * {@code ANONYMOUS_RETENTION_DAYS} days ago, without a session that was live in that time, owning no row of any
 * {@link OwnedRows} table, and never rebound (the {@code rebinds} row is what keeps a stranger's later writes on the
 * device away from its owner, so a rebound device is kept). Their ended sessions and their profile go with them
 * (foreign-key cascades). A device that comes back later gets a new principal.
 *
 * <p>Each batch first locks its candidates ({@code FOR UPDATE SKIP LOCKED}), then deletes only those that still
 * qualify in a statement of its own, which sees whatever committed meanwhile: a mint locks the device's principal
 * before inserting its session ({@code sessions.SessionIssuer}), so a session minted at the same moment is either
 * seen here (the device is kept) or minted on a fresh principal after this commit, never cascaded away.
 */
@ApplicationScoped
public class AbandonedDevices {

    private static final Logger LOG = Logger.getLogger(AbandonedDevices.class.getName());

    @Inject
    @ConfigProperty(name = "anonymous.retention-days", defaultValue = "90")
    int retentionDays;

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<OwnedRows> ownedTables;

    @Inject
    RetentionSweeps sweeps;

    private String abandoned;

    void onStart(@Observes StartupEvent event, AbandonedDevices self) {
        sweeps.scheduleDays(LOG, "ANONYMOUS_RETENTION_DAYS", retentionDays,
                "anonymous principals unused for " + retentionDays + " days", self::deleteBatch);
    }

    /**
     * Deletes up to a batch of anonymous principals abandoned before {@code cutoff}, in a transaction of its own;
     * returns how many (fewer than were locked when some were taken into use meanwhile: the sweep then goes on at its
     * next run).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteBatch(Instant cutoff) {
        Timestamp since = RetentionSweeps.timestamp(cutoff);
        List<?> locked = bind(em.createNativeQuery("SELECT CAST(p.id AS VARCHAR(36)) FROM principals p WHERE "
                + abandoned() + " FETCH FIRST " + RetentionSweeps.BATCH + " ROWS ONLY FOR UPDATE SKIP LOCKED"), since, 1)
                .getResultList();
        if (locked.isEmpty()) {
            return 0;
        }
        String ids = String.join(", ", Collections.nCopies(locked.size(), "CAST(? AS UUID)"));
        Query delete = bind(em.createNativeQuery("DELETE FROM principals p WHERE p.id IN (" + ids + ") AND " + abandoned()),
                since, locked.size() + 1);
        for (int i = 0; i < locked.size(); i++) {
            delete.setParameter(i + 1, locked.get(i).toString());
        }
        return delete.executeUpdate();
    }

    /** The condition on {@code principals p}, with its two cut-off parameters. */
    private String abandoned() {
        if (abandoned == null) {
            String owned = ownedTables.stream().map(table -> table.ownerColumn().noneOwnedBy("p.id"))
                    .collect(Collectors.joining(" AND "));
            abandoned = "p.kind = 'anonymous' AND p.created_at < ?"
                    + " AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.principal_id = p.id AND s.expires_at >= ?)"
                    + " AND NOT EXISTS (SELECT 1 FROM rebinds r WHERE r.anonymous_id = p.id)"
                    + (owned.isEmpty() ? "" : " AND " + owned);
        }
        return abandoned;
    }

    private static Query bind(Query query, Timestamp cutoff, int first) {
        return query.setParameter(first, cutoff).setParameter(first + 1, cutoff);
    }
}
