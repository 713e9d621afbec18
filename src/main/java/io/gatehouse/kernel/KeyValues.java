package io.gatehouse.kernel;

/**
 * {@code key=value} pairs separated by spaces, the shape of an event's detail and of its log line. A value with a
 * space, a quote, a backslash or an equals sign is quoted; absent values are left out.
 */
public final class KeyValues {

    private final StringBuilder text = new StringBuilder(64);

    private KeyValues() {
    }

    public static KeyValues of(String key, Object value) {
        return new KeyValues().and(key, value);
    }

    public KeyValues and(String key, Object value) {
        if (value == null) {
            return this;
        }
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(key).append('=').append(quotedIfNeeded(value.toString()));
        return this;
    }

    static String quotedIfNeeded(String value) {
        boolean plain = !value.isEmpty();
        for (int i = 0; i < value.length() && plain; i++) {
            char c = value.charAt(i);
            plain = c != ' ' && c != '"' && c != '\\' && c != '=';
        }
        return plain ? value : '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
