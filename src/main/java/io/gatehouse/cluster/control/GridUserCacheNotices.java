package io.gatehouse.cluster.control;

import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import com.hazelcast.topic.MessageListener;
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
final class GridUserCacheNotices implements UserCacheNotices, MessageListener<String> {

    static final String TOPIC = "gatehouse-user-notices";

    private static final Logger LOG = Logger.getLogger(GridUserCacheNotices.class.getName());

    private final ITopic<String> topic;
    private final GridSeal seal;
    private final LocalUserCacheNotices local;
    private final Executor handOff;
    private final UUID listener;

    GridUserCacheNotices(ITopic<String> topic, GridSeal seal, LocalUserCacheNotices local, Executor handOff) {
        this.topic = topic;
        this.seal = seal;
        this.local = local;
        this.handOff = handOff;
        this.listener = topic.addMessageListener(this);
    }

    @Override
    public void userChanged(UUID principalId, String clerkUserId) {
        local.userChanged(principalId, clerkUserId);
        try {
            topic.publish(seal.seal(TOPIC, "v1|" + principalId + '|' + (clerkUserId == null ? "" : clerkUserId)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not tell the other members that a user changed; they recheck the user "
                    + "within CLUSTER_RECONCILE_SECONDS", e);
        }
    }

    @Override
    public void onMessage(Message<String> message) {
        if (message.getPublishingMember() != null && message.getPublishingMember().localMember()) {
            return;
        }
        String opened = seal.open(TOPIC, message.getMessageObject());
        if (opened == null) {
            return;
        }
        try {
            String[] fields = opened.split("\\|", 3);
            if (fields.length != 3 || !"v1".equals(fields[0])) {
                throw new IllegalArgumentException("not a v1 user notice");
            }
            UUID principalId = UUID.fromString(fields[1]);
            String clerkUserId = fields[2].isEmpty() ? null : fields[2];
            handOff.execute(() -> local.userChanged(principalId, clerkUserId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ignored a user notice from another member that could not be read", e);
        }
    }

    void close() {
        topic.removeMessageListener(listener);
    }
}
