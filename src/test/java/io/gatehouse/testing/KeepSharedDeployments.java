package io.gatehouse.testing;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Arquillian extension (registered in {@code META-INF/services}): a deployment built to be shared stays
 * deployed after its test class, and the next class that asks for the same shared deployment uses it
 * instead of deploying the WAR again. On Payara Micro every deployment is a server start, so this is
 * what keeps the integration tests within minutes.
 */
public final class KeepSharedDeployments implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedDeploymentKeeper.class);
    }
}
