package io.gatehouse.accounts.boundary;

import io.gatehouse.accounts.control.ProfileEditReader;
import io.gatehouse.accounts.entity.OrganizationsView;
import io.gatehouse.accounts.entity.UserDocument;
import io.gatehouse.accounts.control.Memberships;
import io.gatehouse.accounts.control.SuperAdmins;
import io.gatehouse.accounts.entity.UserAccount;
import io.gatehouse.accounts.control.UserProfiles;
import io.gatehouse.accounts.control.UserDeletion;
import io.gatehouse.kernel.Caller;
import io.gatehouse.kernel.CurrentCaller;
import io.gatehouse.kernel.OAuthScopes;
import io.gatehouse.kernel.RequiredScope;
import io.gatehouse.kernel.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Mission Control's user endpoints: {@code POST /api/v1/auth/bootstrap} and {@code /api/v1/users/me}. A
 * signed-in user or one of their agents may read and edit the document; only the user may delete it.
 */
@Path("/api/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.AGENT})
public class UserResource {

    @Inject
    UserProfiles profiles;

    @Inject
    SuperAdmins superAdmins;

    @Inject
    Memberships memberships;

    @Inject
    UserDeletion deletion;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("/auth/bootstrap")
    @RequiredScope(OAuthScopes.PROFILE)
    public UserDocument bootstrap() {
        return me();
    }

    @GET
    @Path("/users/me")
    @RequiredScope(OAuthScopes.PROFILE)
    public UserDocument me() {
        Caller current = caller.get();
        return document(profiles.of(current.principalId()), current.grants(OAuthScopes.EMAIL));
    }

    @GET
    @Path("/users/me/organizations")
    @RequiredScope(OAuthScopes.PROFILE)
    public OrganizationsView organizations() {
        return OrganizationsView.of(memberships.of(caller.get().principalId()));
    }

    @PATCH
    @Path("/users/me")
    public UserDocument edit(JsonObject body) {
        return document(profiles.edit(caller.get().principalId(), ProfileEditReader.read(body)), true);
    }

    @DELETE
    @Path("/users/me")
    @RolesAllowed(Roles.USER)
    public Response delete() {
        deletion.deleteOwnAccount(caller.get());
        return Response.noContent().build();
    }

    private UserDocument document(UserAccount account, boolean withEmail) {
        return UserDocument.of(account, withEmail, superAdmins.isSuperAdmin(account));
    }
}
