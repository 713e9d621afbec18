package io.gatehouse.clerk.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Clerk's configuration ({@code CLERK_*}), with the standard {@code mp.jwt.verify.*} keys as fallbacks
 * for the issuer, the key location and the key itself.
 */
@ApplicationScoped
public class ClerkSettings {

    @Inject
    Config config;

    private Optional<String> issuer;
    private Optional<String> jwksUrl;
    private Optional<String> publicKeyPem;
    private Set<String> authorizedParties;
    private boolean azpRequired;
    private long leewayMillis;
    private boolean verifyIat;
    private long jwksRefetchIntervalMillis;
    private String apiUrl;
    private Optional<String> secretKey;
    private boolean deleteUsers;
    private Optional<String> webhookSecret;
    private Optional<String> sessionAudience;
    private int sessionCheckSeconds;

    @PostConstruct
    public void read() {
        issuer = text("clerk.issuer").or(() -> text("mp.jwt.verify.issuer")).map(ClerkSettings::withoutTrailingSlash);
        jwksUrl = text("clerk.jwks-url").or(() -> text("mp.jwt.verify.publickey.location"))
                .or(() -> issuer.map(i -> i + "/.well-known/jwks.json"));
        publicKeyPem = text("clerk.jwt-key").or(() -> text("mp.jwt.verify.publickey"));
        authorizedParties = text("clerk.authorized-parties")
                .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(ClerkSettings::withoutTrailingSlash).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
        azpRequired = config.getOptionalValue("clerk.azp-required", Boolean.class).orElse(true);
        double leeway = config.getOptionalValue("clerk.leeway", Double.class).orElse(10.0);
        leewayMillis = Math.round(Math.max(0, leeway) * 1000);
        verifyIat = config.getOptionalValue("clerk.verify-iat", Boolean.class).orElse(true);
        jwksRefetchIntervalMillis = 1000L * config.getOptionalValue("clerk.jwks-refetch-interval-seconds", Integer.class).orElse(30);
        apiUrl = withoutTrailingSlash(text("clerk.api-url").orElse("https://api.clerk.com"));
        secretKey = text("clerk.secret-key");
        deleteUsers = config.getOptionalValue("clerk.delete-users", Boolean.class).orElse(true);
        webhookSecret = text("clerk.webhook-secret");
        sessionAudience = text("clerk.session-audience");
        sessionCheckSeconds = Math.max(1, config.getOptionalValue("clerk.session-check-seconds", Integer.class).orElse(300));
    }

    private Optional<String> text(String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static String withoutTrailingSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    public Optional<String> issuer() {
        return issuer;
    }

    public Optional<String> jwksUrl() {
        return jwksUrl;
    }

    public Optional<String> publicKeyPem() {
        return publicKeyPem;
    }

    public Set<String> authorizedParties() {
        return authorizedParties;
    }

    public boolean azpRequired() {
        return azpRequired;
    }

    public long leewayMillis() {
        return leewayMillis;
    }

    public boolean verifyIat() {
        return verifyIat;
    }

    public long jwksRefetchIntervalMillis() {
        return jwksRefetchIntervalMillis;
    }

    public String apiUrl() {
        return apiUrl;
    }

    public Optional<String> secretKey() {
        return secretKey;
    }

    /** Whether deleting a user through the API deletes it in Clerk first ({@code CLERK_DELETE_USERS}). */
    public boolean deleteUsers() {
        return deleteUsers;
    }

    /** The signing secret of the Clerk webhook endpoint ({@code CLERK_WEBHOOK_SECRET}, {@code whsec_…}). */
    public Optional<String> webhookSecret() {
        return webhookSecret;
    }

    /**
     * The {@code aud} a customised Clerk session token carries ({@code CLERK_SESSION_AUDIENCE}); empty: session
     * tokens carry no {@code aud}, as Clerk issues them by default.
     */
    public Optional<String> sessionAudience() {
        return sessionAudience;
    }

    /**
     * How often an open stream's Clerk session is checked with the Backend API ({@code CLERK_SESSION_CHECK_SECONDS},
     * at least 1).
     */
    public int sessionCheckSeconds() {
        return sessionCheckSeconds;
    }
}
