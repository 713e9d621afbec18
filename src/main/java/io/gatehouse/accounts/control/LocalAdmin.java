package io.gatehouse.accounts.control;

import io.gatehouse.accounts.entity.Principal;
import io.gatehouse.accounts.entity.UserAccount;
import io.gatehouse.persistence.control.FindOrCreate;
import io.gatehouse.kernel.CallerKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The one user of local mode, {@code admin@home.local}: created on first use, then remembered. */
@ApplicationScoped
public class LocalAdmin {

    /** The {@code clerk_user_id} the local admin carries in the user document (no Clerk user has it). */
    public static final String USER_ID = "local-auth-user";
    static final String EMAIL = "admin@home.local";
    static final String NAME = "Local User";

    @PersistenceContext
    EntityManager em;

    @Inject
    FindOrCreate findOrCreate;

    @Inject
    ClerkUsers users;

    @Inject
    Clock clock;

    private volatile UUID principalId;

    public UUID principalId() {
        UUID known = principalId;
        if (known == null) {
            known = findOrCreate.apply(() -> users.principalOf(USER_ID), this::create);
            principalId = known;
        }
        return known;
    }

    /** Forgets the remembered principal (after the admin deleted itself). */
    public void forget() {
        principalId = null;
    }

    private UUID create() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Principal principal = Principal.user(CallerKind.LOCAL, now);
        em.persist(principal);
        UserAccount admin = new UserAccount(principal.id(), USER_ID, now);
        admin.absorb(EMAIL, NAME, now);
        admin.grantSuperAdmin();
        em.persist(admin);
        em.flush();
        return principal.id();
    }
}
