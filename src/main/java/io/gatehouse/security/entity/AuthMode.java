package io.gatehouse.security.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The value of {@code AUTH_MODE}. */
public enum AuthMode {
    CLERK,
    LOCAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AuthMode> parse(String value) {
        return Arrays.stream(values()).filter(mode -> mode.label().equalsIgnoreCase(value.trim())).findFirst();
    }

    public static String accepted() {
        return Arrays.stream(values()).map(AuthMode::label).collect(Collectors.joining(", "));
    }
}
