package io.gatehouse.admin.control;

import io.gatehouse.accounts.control.Memberships;
import io.gatehouse.accounts.control.SuperAdmins;
import io.gatehouse.accounts.entity.UserAccount;
import io.gatehouse.admin.entity.AgentTokenEntry;
import io.gatehouse.admin.entity.LockView;
import io.gatehouse.admin.entity.OrganizationEntry;
import io.gatehouse.admin.entity.SessionEntry;
import io.gatehouse.admin.entity.UserDetail;
import io.gatehouse.agents.control.AgentTokens;
import io.gatehouse.lockout.control.UserLockout;
import io.gatehouse.sessions.control.SessionInventory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What an operator sees of one user, gathered from the features that own it: the account, whether a super-admin,
 * the lock, the organizations, the active sessions (the owner's own listing) and the active agent tokens (the
 * owner's own listing, without tokens). Read in one transaction.
 */
@ApplicationScoped
public class UserDossiers {

    @Inject
    UserLookup users;

    @Inject
    SuperAdmins superAdmins;

    @Inject
    UserLockout lockout;

    @Inject
    Memberships memberships;

    @Inject
    SessionInventory sessions;

    @Inject
    AgentTokens agents;

    @Transactional
    public UserDetail of(String idOrClerkUserId) {
        UserAccount user = users.find(idOrClerkUserId);
        return UserDetail.of(user, superAdmins.isSuperAdmin(user),
                LockView.of(lockout.state(user.principalId())),
                memberships.of(user.principalId()).stream().map(OrganizationEntry::of).toList(),
                sessions.activeOf(user.principalId()).stream().map(SessionEntry::of).toList(),
                agents.list(user.principalId()).stream().map(AgentTokenEntry::of).toList());
    }
}
