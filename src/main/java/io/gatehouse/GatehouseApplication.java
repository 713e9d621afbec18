package io.gatehouse;

import io.gatehouse.kernel.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The JAX-RS application, served at the context root. It is a CDI bean because the archive uses
 * annotated bean discovery, where an unannotated Application subclass is not found on every server.
 */
@DeclareRoles({Roles.USER, Roles.ANONYMOUS, Roles.AGENT})
@ApplicationScoped
@ApplicationPath("/")
public class GatehouseApplication extends Application {

    /**
     * Jersey (Payara) would publish a WADL description of the API and answer {@code OPTIONS} with it;
     * RESTEasy (WildFly) has none. Off, so both servers answer alike. RESTEasy ignores the property.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
