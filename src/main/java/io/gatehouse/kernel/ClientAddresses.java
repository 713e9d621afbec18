package io.gatehouse.kernel;

import jakarta.servlet.http.HttpServletRequest;

/** The one rule that tells a request's client address (the {@code network} feature implements it). */
public interface ClientAddresses {

    String of(HttpServletRequest request);
}
