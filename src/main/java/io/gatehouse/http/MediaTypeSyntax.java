package io.gatehouse.http;

/**
 * The RFC 9110 grammar of the two headers the JAX-RS runtimes parse on every request, {@code Content-Type}
 * (section 8.3.1) and {@code Accept} (section 12.5.1): {@code type "/" subtype *( OWS ";" OWS [ token "=" ( token /
 * quoted-string ) ] )}, and for {@code Accept} a comma-separated list of those whose {@code q} is a qvalue. Checked
 * up front because Jersey answers a value it cannot parse with its server's HTML error page and RESTEasy with an
 * exception (a 500).
 */
final class MediaTypeSyntax {

    private static final String TCHAR_SYMBOLS = "!#$%&'*+-.^_`|~";

    private final String value;
    private int pos;

    private MediaTypeSyntax(String value) {
        this.value = value;
    }

    /** Whether the value is one media type with optional parameters. */
    static boolean isContentType(String value) {
        MediaTypeSyntax syntax = new MediaTypeSyntax(value);
        syntax.skipSpace();
        boolean ok = syntax.mediaType(false);
        syntax.skipSpace();
        return ok && syntax.atEnd();
    }

    /** Whether the value is a list of media ranges, each with a valid {@code q} if it has one. */
    static boolean isAccept(String value) {
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
            if (parameter == null || weighted && name.equalsIgnoreCase("q") && !isQValue(parameter)) {
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
