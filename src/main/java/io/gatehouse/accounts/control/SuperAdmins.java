package io.gatehouse.accounts.control;

import io.gatehouse.accounts.entity.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is a super-admin: a user whose row says so ({@code is_super_admin}: the local admin of
 * {@code AUTH_MODE=local}), or a Clerk user named in {@code SUPER_ADMIN_USER_IDS} (comma-separated Clerk user
 * ids; none by default). Nothing in Clerk's tokens makes anyone a super-admin.
 */
@ApplicationScoped
public class SuperAdmins {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "super-admin.user-ids")
    Optional<String> configured;

    private Set<String> clerkUserIds;

    @PostConstruct
    void read() {
        clerkUserIds = Arrays.stream(configured.orElse("").split(","))
                .map(String::trim)
                .filter(id -> !id.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the principal is a user who is a super-admin (an anonymous device never is). */
    @Transactional
    public boolean isSuperAdmin(UUID principalId) {
        UserAccount account = em.find(UserAccount.class, principalId);
        return account != null && isSuperAdmin(account);
    }

    /** Whether this user is a super-admin: flagged in the database or named in {@code SUPER_ADMIN_USER_IDS}. */
    public boolean isSuperAdmin(UserAccount account) {
        return account.superAdmin() || clerkUserIds.contains(account.clerkUserId());
    }
}
