package io.gatehouse.admin.control;

import io.gatehouse.admin.entity.AdminException;
import io.gatehouse.kernel.FeatureException.Reason;
import io.gatehouse.accounts.control.SuperAdmins;
import io.gatehouse.kernel.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Who may use the admin API: a super-admin ({@link SuperAdmins}: {@code is_super_admin}, or a Clerk user in
 * {@code SUPER_ADMIN_USER_IDS}). Every admin endpoint lets only users through ({@code @RolesAllowed}: agents,
 * anonymous devices and OAuth access tokens are refused before), and asks here first, before reading anything
 * of the request.
 */
@RequestScoped
public class Operators {

    public static final String FORBIDDEN = "Forbidden: the admin API is only available to super-admins";

    @Inject
    SuperAdmins superAdmins;

    @Inject
    CurrentCaller caller;

    /** The operator's principal id; 403 {@code forbidden} when the caller is not a super-admin. */
    public UUID current() {
        UUID principalId = caller.get().principalId();
        if (!superAdmins.isSuperAdmin(principalId)) {
            throw new AdminException(Reason.FORBIDDEN, "forbidden", FORBIDDEN);
        }
        return principalId;
    }
}
