package io.gatehouse.admin.boundary;

import io.gatehouse.admin.control.OperatorActions;
import io.gatehouse.admin.control.Operators;
import io.gatehouse.admin.control.UserDirectory;
import io.gatehouse.admin.control.UserDossiers;
import io.gatehouse.admin.entity.UserSearch;
import io.gatehouse.admin.entity.LockView;
import io.gatehouse.admin.entity.SignOutResult;
import io.gatehouse.admin.entity.UserDetail;
import io.gatehouse.admin.entity.UserPage;
import io.gatehouse.kernel.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/admin/users}: find users, see one, sign them out everywhere, lock and unlock them. A user is named
 * by principal id or Clerk user id. Super-admins only.
 */
@Path("/api/v1/admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
@SecurityRequirement(name = "bearer")
@Tag(name = "admin", description = "The admin API, for super-admins: users, their sessions and agent tokens, locks")
public class AdminUserResource {

    static final String FORBIDDEN = "Not a super-admin (is_super_admin, or SUPER_ADMIN_USER_IDS): \"Forbidden: the admin API is "
            + "only available to super-admins\"; agents, anonymous devices and OAuth access tokens are refused too";
    static final String NOT_FOUND = "No user with this principal id or Clerk user id (anonymous devices are not users): "
            + "{\"detail\": {\"code\": \"not_found\", \"message\": \"User not found\"}, …}";

    @Inject
    Operators operators;

    @Inject
    UserDirectory directory;

    @Inject
    UserDossiers dossiers;

    @Inject
    OperatorActions actions;

    @GET
    @Operation(summary = "Users, newest first: {\"users\": [{\"id\", \"clerk_user_id\", \"email\", \"name\", \"created_at\", "
            + "\"locked\", \"lock_reason\"}], \"next_cursor\"}. query matches email and name (case-insensitive substring), the "
            + "Clerk user id (prefix) and the principal id (exact); none: every user. Pass next_cursor back as cursor, with the "
            + "same query, for the next page")
    @APIResponse(responseCode = "200", description = "A page of at most limit users (default 50, at most 200); next_cursor null on the last")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "422", description = "invalid_request: a bad limit or cursor, or a query over 320 characters")
    public UserPage search(@QueryParam("query") String query, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        operators.current();
        return directory.page(UserSearch.read(query, limit, cursor));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One user: {\"id\", \"clerk_user_id\", \"email\", \"name\", \"created_at\", \"is_super_admin\", "
            + "\"lock\": {\"locked\", \"reason\", \"locked_at\", \"locked_by\"}, \"organizations\": [{\"id\", \"slug\", \"role\"}], "
            + "\"sessions\": [{\"id\", \"kind\", \"created_at\", \"last_seen_at\", \"expires_at\", \"ip\", \"user_agent\"}], "
            + "\"agent_tokens\": [{\"id\", \"name\", \"created_at\", \"expires_at\", \"last_used_at\"}]}: active sessions and "
            + "agent tokens only, never a token or a hash")
    @APIResponse(responseCode = "200", description = "The user")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public UserDetail user(@PathParam("id") String id) {
        operators.current();
        return dossiers.of(id);
    }

    @DELETE
    @Path("/{id}/sessions")
    @Operation(summary = "Signs the user out everywhere: every session and agent token is refused at once, on every "
            + "instance: {\"revoked_sessions\": N, \"revoked_agent_tokens\": M}. The user's Clerk JWTs still work (lock for that). "
            + "Audited as admin.sign_out")
    @APIResponse(responseCode = "200", description = "How many sessions and agent tokens were revoked")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public SignOutResult signOut(@PathParam("id") String id) {
        return actions.signOutEverywhere(operators.current(), id);
    }

    @POST
    @Path("/{id}/lock")
    @Operation(summary = "Locks the user in Gatehouse until unlocked, whatever Clerk says: every session and agent token is "
            + "revoked and the user's Clerk JWTs are refused (401 user_locked). Idempotent. Answers the lock: {\"locked\", "
            + "\"reason\", \"locked_at\", \"locked_by\"}. Audited as admin.lock")
    @APIResponse(responseCode = "200", description = "The lock now in force")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "422", description = "invalid_request: the operator named themself "
            + "(\"" + OperatorActions.SELF_LOCK + "\")")
    public LockView lock(@PathParam("id") String id) {
        return actions.lock(operators.current(), id);
    }

    @DELETE
    @Path("/{id}/lock")
    @Operation(summary = "Lifts the user's Gatehouse lock (idempotent). Answers the lock: still locked when Clerk bans or "
            + "locks the user (reason banned_in_clerk or locked_in_clerk). Audited as admin.unlock")
    @APIResponse(responseCode = "200", description = "The lock now in force, if any")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public LockView unlock(@PathParam("id") String id) {
        return actions.unlock(operators.current(), id);
    }
}
