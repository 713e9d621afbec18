package io.gatehouse.kernel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OAuth scope an access token ({@code typ: at+jwt}) needs to call this endpoint. Endpoints without
 * one refuse access tokens; every other credential ignores scopes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiredScope {

    String value();
}
