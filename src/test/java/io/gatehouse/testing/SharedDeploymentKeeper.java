package io.gatehouse.testing;

import java.util.Optional;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.DeploymentEvent;
import org.jboss.arquillian.container.spi.event.StopSuiteContainers;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;

/**
 * Keeps at most one shared deployment alive between test classes.
 *
 * <p>It observes Arquillian's deploy and undeploy events inside their container and deployment contexts
 * (lower precedence than Arquillian's context handler): a class whose archive has the kept deployment's
 * name gets the kept deployment's protocol metadata (so {@code @ArquillianResource URL} points at it)
 * instead of a new deployment; its undeploy is skipped. Any other deployment first releases the kept
 * one (the server runs one Gatehouse at a time), and so does the end of the suite, before the
 * containers stop.
 */
public class SharedDeploymentKeeper {

    private static final Logger LOG = Logger.getLogger(SharedDeploymentKeeper.class.getName());

    private Kept kept;
    private boolean releasing;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deployment;

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> description;

    @Inject
    private Event<DeploymentEvent> deploymentEvents;

    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) {
        DeployDeployment event = context.getEvent();
        Optional<String> name = SharedDeployments.nameOf(event.getDeployment().getDescription().getArchive());
        if (kept != null && name.isPresent() && kept.sameAs(name.get(), event.getContainer())) {
            description.set(event.getDeployment().getDescription());
            deployment.set(event.getDeployment());
            protocolMetaData.set(kept.metaData());
            LOG.info(() -> "reusing the shared deployment '" + kept.name() + "'");
            return;
        }
        release();
        context.proceed();
        if (name.isPresent() && !event.getDeployment().hasDeploymentError()) {
            kept = new Kept(name.get(), event.getContainer(), event.getDeployment(), protocolMetaData.get());
        }
    }

    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
        UnDeployDeployment event = context.getEvent();
        boolean keeping = !releasing && kept != null
                && SharedDeployments.nameOf(event.getDeployment().getDescription().getArchive())
                        .filter(name -> kept.sameAs(name, event.getContainer()))
                        .isPresent();
        if (!keeping) {
            context.proceed();
        }
    }

    public void stopContainers(@Observes EventContext<StopSuiteContainers> context) {
        release();
        context.proceed();
    }

    private void release() {
        if (kept == null) {
            return;
        }
        Kept releasing = kept;
        kept = null;
        this.releasing = true;
        try {
            deploymentEvents.fire(new UnDeployDeployment(releasing.container(), releasing.deployment()));
        } finally {
            this.releasing = false;
        }
    }

    private record Kept(String name, Container container, Deployment deployment, ProtocolMetaData metaData) {

        boolean sameAs(String otherName, Container otherContainer) {
            return name.equals(otherName) && container.getName().equals(otherContainer.getName());
        }
    }
}
