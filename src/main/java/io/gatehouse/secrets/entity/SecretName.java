package io.gatehouse.secrets.entity;

import io.gatehouse.kernel.FeatureException.Reason;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The secrets a principal can store, by their name in paths and in the database. */
public enum SecretName {
    GITHUB_PAT("github_pat"),
    ANTHROPIC_KEY("anthropic_key"),
    OPENAI_KEY("openai_key");

    private final String wire;

    SecretName(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The secret of that name; an unknown name answers 404 listing the known ones (never echoing more than 40 characters). */
    public static SecretName parse(String name) {
        for (SecretName secret : values()) {
            if (secret.wire.equals(name)) {
                return secret;
            }
        }
        throw new SecretException(Reason.NOT_FOUND, "not_found", "Unknown secret " + printable(name) + "; known: " + known());
    }

    static String known() {
        return Arrays.stream(values()).map(SecretName::wire).collect(Collectors.joining(", "));
    }

    private static String printable(String name) {
        String shown = name == null ? "" : name.replaceAll("[^\\x20-\\x7e]", "?");
        return shown.length() <= 40 ? shown : shown.substring(0, 40) + "…";
    }
}
