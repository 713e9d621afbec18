package io.gatehouse.kernel;


/** What was presented: the {@code kind} label of {@code gatehouse_authentications_total}. */
public enum TokenKind {
    /** A user's session token ({@code msc_…}). */
    SESSION("session"),
    /** An anonymous device's session token ({@code ms_sess_…}). */
    ANONYMOUS("anonymous"),
    AGENT("agent"),
    CLERK_JWT("clerk_jwt"),
    ACCESS_TOKEN("access_token"),
    LOCAL("local"),
    /** A token of no known shape (in local mode, also a wrong local token). */
    OTHER("other"),
    /** No credential at all. */
    NONE("none");

    private final String label;

    TokenKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind of an accepted caller's credential: a switch, no allocation (this runs on every request). */
    public static TokenKind of(Caller caller) {
        return switch (caller.credential()) {
            case SESSION_TOKEN -> caller.kind() == CallerKind.ANONYMOUS ? ANONYMOUS : SESSION;
            case AGENT_TOKEN -> AGENT;
            case CLERK_JWT -> CLERK_JWT;
            case ACCESS_TOKEN -> ACCESS_TOKEN;
            case LOCAL_TOKEN -> LOCAL;
        };
    }

}
