package io.gatehouse.kernel;

import java.util.Set;

/** The role names used with {@code @RolesAllowed}. */
public final class Roles {

    /** A signed-in person (Clerk user or the local admin). */
    public static final String USER = "user";
    /** An anonymous device session. */
    public static final String ANONYMOUS = "anonymous";
    /** An agent acting for its owner through an agent token. */
    public static final String AGENT = "agent";

    private Roles() {
    }

    static Set<String> of(CallerKind kind) {
        return switch (kind) {
            case CLERK, LOCAL -> Set.of(USER);
            case ANONYMOUS -> Set.of(ANONYMOUS);
            case AGENT -> Set.of(AGENT);
        };
    }
}
