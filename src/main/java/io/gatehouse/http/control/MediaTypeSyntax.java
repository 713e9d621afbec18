package io.gatehouse.http.control;

/**
 * The RFC 9110 grammar of the headers the JAX-RS runtimes parse on every request, {@code Content-Type}
 * (section 8.3.1) and {@code Accept} (section 12.5.1): {@code type "/" subtype *( OWS ";" OWS [ token "=" ( token /
 * quoted-string ) ] )}, and for {@code Accept} a comma-separated list of those whose {@code q} is a qvalue; and
 * {@code Accept-Language} (section 12.5.4). Checked up front because Jersey answers a value it cannot parse with its
 * server's HTML error page and RESTEasy with an exception and a logged stack trace.
 */
public final class MediaTypeSyntax {

    private static final String TCHAR_SYMBOLS = "!#$%&'*+-.^_`|~";

    private final String value;
    private int pos;

    private MediaTypeSyntax(String value) {
        this.value = value;
    }

    /** Whether the value is one media type with optional parameters. */
    public static boolean isContentType(String value) {
        MediaTypeSyntax syntax = new MediaTypeSyntax(value);
        syntax.skipSpace();
        boolean ok = syntax.mediaType(false);
        syntax.skipSpace();
        return ok && syntax.atEnd();
    }

    /** Whether the value is a list of media ranges, each with a valid {@code q} if it has one. */
    public static boolean isAccept(String value) {
        MediaTypeSyntax syntax = new MediaTypeSyntax(value);
        while (true) {
            syntax.skipSpace();
            if (syntax.atEnd()) {
                return true;
            }
            if (syntax.peek() != ',' && !syntax.mediaType(true)) {
                return false;
            }
            syntax.skipSpace();
            if (syntax.atEnd()) {
                return true;
            }
            if (syntax.peek() != ',') {
                return false;
            }
            syntax.pos++;
        }
    }

    /**
     * Whether the value is a list of language ranges ({@code *} or {@code 1*8ALPHA *("-" 1*8alphanum)}), each with at
     * most a {@code q} parameter that is a qvalue.
     */
    public static boolean isAcceptLanguage(String value) {
        for (String element : value.split(",", -1)) {
            String[] parts = element.split(";", -1);
            String range = parts[0].strip();
            if (range.isEmpty() && parts.length == 1) {
                continue; // an empty list element
            }
            if (!range.matches("\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")) {
                return false;
            }
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (!parameter.regionMatches(true, 0, "q=", 0, 2) || !isQValue(parameter.substring(2))) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean mediaType(boolean weighted) {
        if (token() == null || atEnd() || peek() != '/') {
            return false;
        }
        pos++;
        if (token() == null) {
            return false;
        }
        while (true) {
            int before = pos;
            skipSpace();
            if (atEnd() || peek() != ';') {
                pos = before;
                return true;
            }
            pos++;
            skipSpace();
            String name = token();
            if (name == null) {
                continue; // an empty parameter, which the grammar allows
            }
            if (atEnd() || peek() != '=') {
                return false;
            }
            pos++;
            String parameter = atEnd() || peek() != '"' ? token() : quotedString();
            if (parameter == null) {
                return false;
            }
            // RESTEasy splits Accept on every comma, even a quoted one
            if (weighted && (name.equalsIgnoreCase("q") && !isQValue(parameter) || parameter.indexOf(',') >= 0)) {
                return false;
            }
        }
    }

    private static boolean isQValue(String q) {
        return q.matches("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");
    }

    private String token() {
        int start = pos;
        while (!atEnd() && isTchar(peek())) {
            pos++;
        }
        return pos == start ? null : value.substring(start, pos);
    }

    private String quotedString() {
        int start = pos++;
        while (!atEnd()) {
            char c = value.charAt(pos++);
            if (c == '"') {
                return value.substring(start, pos);
            }
            if (c == '\\') {
                if (atEnd()) {
                    return null;
                }
                c = value.charAt(pos++);
            }
            if (c < 0x20 && c != '\t' || c == 0x7f || c > 0xff) {
                return null;
            }
        }
        return null;
    }

    private static boolean isTchar(char c) {
        return c < 0x7f && (Character.isLetterOrDigit(c) || TCHAR_SYMBOLS.indexOf(c) >= 0);
    }

    private void skipSpace() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= value.length();
    }

    private char peek() {
        return value.charAt(pos);
    }
}
