package io.gatehouse.cluster.control;

import com.hazelcast.topic.ITopic;
import io.gatehouse.accounts.control.LocalUserCacheNotices;
import io.gatehouse.accounts.control.UserCacheNotices;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * User-cache notices for every member: applied here at once and published, sealed, on one grid topic, from which
 * the other members apply them. A notice missed (a partition) is made up for by the members' own rechecks
 * against the database every {@code CLUSTER_RECONCILE_SECONDS}. Text: {@code v1|principal|clerkUserId}.
 */
final class GridUserCacheNotices extends SealedTopic<LocalUserCacheNotices> implements UserCacheNotices {

    static final String TOPIC = "gatehouse-user-notices";

    private static final Logger LOG = Logger.getLogger(GridUserCacheNotices.class.getName());

    GridUserCacheNotices(ITopic<String> topic, GridSeal seal, LocalUserCacheNotices local, Executor handOff) {
        super(topic, TOPIC, "user notice", seal, local, handOff);
    }

    @Override
    public void userChanged(UUID principalId, String clerkUserId) {
        local.userChanged(principalId, clerkUserId);
        try {
            publishSealed("v1|" + principalId + '|' + (clerkUserId == null ? "" : clerkUserId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not tell the other members that a user changed; they recheck the user "
                    + "within CLUSTER_RECONCILE_SECONDS", e);
        }
    }

    @Override
    Runnable read(String text) {
        String[] fields = text.split("\\|", 3);
        if (fields.length != 3 || !"v1".equals(fields[0])) {
            throw new IllegalArgumentException("not a v1 user notice");
        }
        UUID principalId = UUID.fromString(fields[1]);
        String clerkUserId = fields[2].isEmpty() ? null : fields[2];
        return () -> local.userChanged(principalId, clerkUserId);
    }
}
