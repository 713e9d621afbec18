package io.gatehouse.research.entity;

/** Where a run stands: {@code queued} until it starts, {@code running}, then one of the three final states. */
public enum RunStatus {
    QUEUED("queued", false),
    RUNNING("running", false),
    COMPLETED("completed", true),
    FAILED("failed", true),
    CANCELLED("cancelled", true);

    private final String label;
    private final boolean finished;

    RunStatus(String label, boolean finished) {
        this.label = label;
        this.finished = finished;
    }

    public String label() {
        return label;
    }

    boolean finished() {
        return finished;
    }

    static RunStatus fromLabel(String label) {
        for (RunStatus status : values()) {
            if (status.label.equals(label)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown run status " + label);
    }
}
