package io.gatehouse.http.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most bytes a resource method reads of a request body; without it, {@value #DEFAULT} bytes. A larger body
 * is refused with 413 before it is read, or as soon as the limit is passed when its length was not declared.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface BodyLimit {

    int DEFAULT = 64 * 1024;

    /** The limit in bytes. */
    int value();
}
