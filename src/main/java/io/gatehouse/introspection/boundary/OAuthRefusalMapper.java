package io.gatehouse.introspection.boundary;

import io.gatehouse.introspection.entity.OAuthRefusal;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Renders {@link OAuthRefusal}: {@code error} and {@code error_description}, and the same text as {@code detail}. */
@Provider
public class OAuthRefusalMapper implements ExceptionMapper<OAuthRefusal> {

    @Override
    public Response toResponse(OAuthRefusal refusal) {
        String body = Json.createObjectBuilder()
                .add("error", refusal.error())
                .add("error_description", refusal.description())
                .add("detail", refusal.description())
                .add("code", refusal.error())
                .add("retryable", false)
                .build().toString();
        Response.ResponseBuilder response = Response.status(refusal.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        refusal.headers().forEach(response::header);
        return response.build();
    }
}
