package io.gatehouse.publishing.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Derives handles from display names: {@code Ada Lovelace} → {@code ada-lovelace}, with a suffix when taken. */
final class HandleNames {

    static final String FALLBACK = "creator";
    /** Leaves room for {@code -} and a {@value #SUFFIX_LENGTH}-character suffix within 30 characters. */
    static final int MAX_BASE = 25;
    static final int SUFFIX_LENGTH = 4;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private HandleNames() {
    }

    /** Lower-case, accents dropped, every run of other characters one {@code -}, trimmed; else "creator". */
    static String base(String displayName) {
        String plain = displayName == null ? "" : Normalizer.normalize(displayName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
        String trimmed = trim(plain);
        if (trimmed.length() > MAX_BASE) {
            trimmed = trim(trimmed.substring(0, MAX_BASE));
        }
        return trimmed.isEmpty() ? FALLBACK : trimmed;
    }

    /** Whether the base alone is a valid handle (long enough); shorter bases always take a suffix. */
    static boolean usableAlone(String base) {
        return base.length() >= 3;
    }

    static String withSuffix(String base, RandomGenerator random) {
        StringBuilder handle = new StringBuilder(base).append('-');
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            handle.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return handle.toString();
    }

    private static String trim(String text) {
        return text.replaceAll("^-+|-+$", "");
    }
}
