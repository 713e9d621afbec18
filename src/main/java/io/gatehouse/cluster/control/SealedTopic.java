package io.gatehouse.cluster.control;

import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import com.hazelcast.topic.MessageListener;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A grid topic that carries sealed text from one member to the others, each applying it to its own {@code local}
 * implementation: a member skips what it published itself (it applied that at once), drops what does not verify
 * ({@link GridSeal}), and logs and ignores what it cannot read. What is read is applied on the hand-off executor,
 * off Hazelcast's thread, in order.
 *
 * @param <L> this member's own implementation, which messages from the others are applied to
 */
abstract class SealedTopic<L> implements MessageListener<String> {

    final L local;
    private final ITopic<String> topic;
    private final GridSeal seal;
    private final String name;
    private final String what;
    private final Executor handOff;
    private final UUID listener;

    /**
     * Listens to {@code topic} from now on.
     *
     * @param name the topic's name, which seals its messages
     * @param what what a message is, for the log ("run event")
     */
    SealedTopic(ITopic<String> topic, String name, String what, GridSeal seal, L local, Executor handOff) {
        this.topic = topic;
        this.name = name;
        this.what = what;
        this.seal = seal;
        this.local = local;
        this.handOff = handOff;
        this.listener = topic.addMessageListener(this);
    }

    /** Publishes {@code text}, sealed, to every member. */
    final void publishSealed(String text) {
        topic.publish(seal.seal(name, text));
    }

    /** What applying a message from another member does; throws when {@code text} cannot be read. */
    abstract Runnable read(String text);

    /** On a Hazelcast thread. */
    @Override
    public final void onMessage(Message<String> message) {
        if (message.getPublishingMember() != null && message.getPublishingMember().localMember()) {
            return;
        }
        try {
            String opened = seal.open(name, message.getMessageObject());
            if (opened == null) {
                return;
            }
            handOff.execute(read(opened));
        } catch (RuntimeException e) {
            Logger.getLogger(getClass().getName())
                    .log(Level.WARNING, "Ignored a " + what + " from another member that could not be read", e);
        }
    }

    final void close() {
        topic.removeMessageListener(listener);
    }
}
