package io.gatehouse.research.entity;

/** The events a run writes, each with the status the run has after it. */
public enum RunEventType {
    STARTED("started", RunStatus.RUNNING),
    PROGRESS("progress", RunStatus.RUNNING),
    COMPLETED("completed", RunStatus.COMPLETED),
    FAILED("failed", RunStatus.FAILED),
    CANCELLED("cancelled", RunStatus.CANCELLED);

    private final String label;
    private final RunStatus statusAfter;

    RunEventType(String label, RunStatus statusAfter) {
        this.label = label;
        this.statusAfter = statusAfter;
    }

    String label() {
        return label;
    }

    RunStatus statusAfter() {
        return statusAfter;
    }

    /** Whether the run ends with this event. */
    boolean last() {
        return statusAfter.finished();
    }

    static RunEventType fromLabel(String label) {
        for (RunEventType type : values()) {
            if (type.label.equals(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown run event " + label);
    }
}
