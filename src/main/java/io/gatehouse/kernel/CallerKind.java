package io.gatehouse.kernel;

/** Who is calling: a signed-in Clerk user, an anonymous device, the local admin, or an agent. */
public enum CallerKind {
    CLERK("clerk"),
    ANONYMOUS("anonymous"),
    LOCAL("local"),
    AGENT("agent");

    private final String label;

    CallerKind(String label) {
        this.label = label;
    }

    /** The lower-case name used in JSON and in the database. */
    public String label() {
        return label;
    }

    public static CallerKind fromLabel(String label) {
        for (CallerKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown caller kind " + label);
    }
}
