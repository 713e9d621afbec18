package io.gatehouse.bootstrap.control;

import io.gatehouse.bootstrap.entity.BootstrapView;
import io.gatehouse.plans.control.PlanSettings;
import io.gatehouse.plans.entity.Profile;
import io.gatehouse.accounts.control.ClerkUsers;
import io.gatehouse.accounts.entity.UserIdentity;
import io.gatehouse.persistence.control.FindOrCreate;
import io.gatehouse.projects.control.Projects;
import io.gatehouse.secrets.entity.SecretName;
import io.gatehouse.secrets.control.Secrets;
import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.OAuthScopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Assembles the bootstrap document, creating the profile on first access (once, also when two first
 * calls race).
 */
@ApplicationScoped
public class Bootstrap {

    @PersistenceContext
    EntityManager em;

    @Inject
    FindOrCreate findOrCreate;

    @Inject
    ClerkUsers users;

    @Inject
    Projects projects;

    @Inject
    PlanSettings plans;

    @Inject
    Secrets secrets;

    @Inject
    Clock clock;

    public BootstrapView of(Caller caller) {
        UUID principalId = caller.principalId();
        Profile profile = findOrCreate.apply(() -> Optional.ofNullable(em.find(Profile.class, principalId)),
                () -> create(principalId));
        UserIdentity identity = caller.isAnonymous() ? null : users.identity(principalId).orElse(null);
        int total = plans.creditsOf(profile.plan());
        Set<SecretName> present = secrets.present(principalId);
        return new BootstrapView(
                new BootstrapView.ProfileView(identity == null ? null : identity.name(),
                        identity == null || !caller.grants(OAuthScopes.EMAIL) ? null : identity.email(),
                        profile.plan(), profile.creditsUsed(), total, projects.countOf(principalId)),
                new BootstrapView.SubscriptionView(profile.plan(), profile.creditsUsed(), total),
                new BootstrapView.SecretsView(present.contains(SecretName.GITHUB_PAT),
                        present.contains(SecretName.ANTHROPIC_KEY), present.contains(SecretName.OPENAI_KEY)));
    }

    private Profile create(UUID principalId) {
        Profile profile = new Profile(principalId, OffsetDateTime.now(clock));
        em.persist(profile);
        em.flush();
        return profile;
    }
}
