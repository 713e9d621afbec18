package io.gatehouse.accounts.control;

import io.gatehouse.accounts.entity.Membership;
import io.gatehouse.accounts.entity.Organization;
import io.gatehouse.accounts.entity.OrganizationRole;
import io.gatehouse.clerk.entity.ActiveOrganization;
import io.gatehouse.persistence.control.FindOrCreate;
import io.gatehouse.persistence.control.NewTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Mirrors the active organization of a user's token: the organization and the membership are created
 * when missing (safe when first requests race), and the role and slug follow the latest token.
 */
@ApplicationScoped
public class Memberships {

    @PersistenceContext
    EntityManager em;

    @Inject
    FindOrCreate findOrCreate;

    @Inject
    NewTransaction newTransaction;

    @Inject
    Clock clock;

    public void sync(UUID principalId, ActiveOrganization active) {
        UUID organizationId = findOrCreate.apply(() -> findOrganization(active.clerkOrgId()),
                () -> createOrganization(active));
        Membership.Key key = new Membership.Key(organizationId, principalId);
        findOrCreate.apply(() -> Optional.ofNullable(em.find(Membership.class, key)),
                () -> createMembership(organizationId, principalId, active.role()));
        newTransaction.run(() -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            em.find(Organization.class, organizationId).takeSlug(active.slug());
            em.find(Membership.class, key).takeRole(active.role(), now);
            return null;
        });
    }

    /** The user's organizations with their role, by Clerk organization id. */
    @Transactional
    public List<OrganizationRole> of(UUID principalId) {
        return em.createQuery("SELECT o.clerkOrgId, o.slug, m.role FROM Membership m, Organization o"
                        + " WHERE m.organizationId = o.id AND m.principalId = :principal ORDER BY o.clerkOrgId",
                        Object[].class)
                .setParameter("principal", principalId)
                .getResultStream()
                .map(row -> new OrganizationRole((String) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    private Optional<UUID> findOrganization(String clerkOrgId) {
        return em.createNamedQuery(Organization.BY_CLERK_ID, Organization.class)
                .setParameter("clerkOrgId", clerkOrgId)
                .getResultStream()
                .findFirst()
                .map(Organization::id);
    }

    private UUID createOrganization(ActiveOrganization active) {
        Organization organization = new Organization(active.clerkOrgId(), active.slug(), OffsetDateTime.now(clock));
        em.persist(organization);
        em.flush();
        return organization.id();
    }

    private Membership createMembership(UUID organizationId, UUID principalId, String role) {
        Membership membership = new Membership(organizationId, principalId, role, OffsetDateTime.now(clock));
        em.persist(membership);
        em.flush();
        return membership;
    }
}
