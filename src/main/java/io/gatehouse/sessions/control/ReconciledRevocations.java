package io.gatehouse.sessions.control;

import io.gatehouse.kernel.Gauge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@code gatehouse_revocations_reconciled}: credentials this instance still accepted although the database said
 * they were revoked, refused by reconciliation since start-up. Above zero: a revocation notice was missed.
 */
@ApplicationScoped
public class ReconciledRevocations implements Gauge {

    @Inject
    RevocationReconciler reconciler;

    @Override
    public String name() {
        return "gatehouse_revocations_reconciled";
    }

    @Override
    public String help() {
        return "Credentials refused by reconciliation with the database's revocations (missed notices), since start-up";
    }

    @Override
    public double value() {
        return reconciler.enforced();
    }
}
