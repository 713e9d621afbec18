package io.gatehouse.it;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Test only, never in the shipped WAR: {@link CallerTokenIT} adds it to its own deployment, next to the test
 * configuration, to show over HTTP what an application resource sees through {@code @Inject JsonWebToken} and
 * the JAX-RS {@code SecurityContext}. {@code @PermitAll}, so a request without a caller reaches it too.
 */
@Path("/test-only/caller")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CallerProbeResource {

    @Inject
    JsonWebToken jwt;

    @Context
    SecurityContext security;

    @GET
    public JsonObject caller() {
        Principal principal = security.getUserPrincipal();
        JsonObjectBuilder seen = Json.createObjectBuilder()
                .add("principal_is_json_web_token", principal instanceof JsonWebToken)
                .add("principal_class", principal == null ? "none" : principal.getClass().getName())
                .add("principal_name", nullable(principal == null ? null : principal.getName()))
                .add("principal_subject", nullable(principal instanceof JsonWebToken token ? token.getSubject() : null))
                .add("in_role_user", security.isUserInRole("user"))
                .add("in_role_anonymous", security.isUserInRole("anonymous"))
                .add("in_role_agent", security.isUserInRole("agent"))
                .add("name", nullable(jwt.getName()))
                .add("sub", nullable(jwt.getSubject()))
                .add("groups", Json.createArrayBuilder(new TreeSet<>(jwt.getGroups())))
                .add("exp", jwt.getExpirationTime())
                .add("raw_token", nullable(jwt.getRawToken()))
                .add("claim_names", Json.createArrayBuilder(new TreeSet<>(jwt.getClaimNames())));
        Object sid = jwt.getClaim("sid");
        seen.add("sid", sid instanceof JsonValue value ? value : JsonValue.NULL);
        return seen.build();
    }

    private static JsonValue nullable(String text) {
        return text == null ? JsonValue.NULL : Json.createValue(text);
    }
}
