/**
 * The operations console ({@code /console}): a page of plain HTML, CSS and JavaScript modules in the WAR that super-admins
 * open in a browser, built only on the public admin and audit APIs, which it calls from the same origin. This feature
 * serves those files and nothing else: publicly (they hold no data; the authentication mechanism does not look at a
 * credential sent for them), counted per client address in the public rate limit, under a strict
 * {@code Content-Security-Policy}. Split into {@code boundary} (the filter that sets the headers and the servlet that
 * answers the files), {@code control} (the files and their media types, the header values) and {@code entity} (one
 * file).
 */
package io.gatehouse.console;
