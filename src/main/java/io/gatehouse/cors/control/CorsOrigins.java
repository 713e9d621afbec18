package io.gatehouse.cors.control;

import org.eclipse.microprofile.config.ConfigProvider;

/** The browser origins of {@code CORS_ORIGINS}, read once; shared by the CORS filter and the cookie CSRF check. */
public final class CorsOrigins {

    private static volatile CorsPolicy policy;

    private CorsOrigins() {
    }

    /** Whether this origin ({@code scheme://host[:port]}) is one of {@code CORS_ORIGINS}. */
    public static boolean allows(String origin) {
        return policy().allows(origin);
    }

    public static CorsPolicy policy() {
        CorsPolicy current = policy;
        if (current == null) {
            current = new CorsPolicy(ConfigProvider.getConfig(CorsOrigins.class.getClassLoader())
                    .getOptionalValue("cors.origins", String.class).orElse(""));
            policy = current;
        }
        return current;
    }
}
