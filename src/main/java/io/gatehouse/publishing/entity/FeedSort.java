package io.gatehouse.publishing.entity;

/** The orders of the community feed; each breaks ties by project id, newest-looking first. */
public enum FeedSort {
    /** By first publication, newest first. */
    RECENT("recent"),
    /** By views, most first. */
    POPULAR("popular");

    private final String parameter;

    FeedSort(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code sort} query parameter. */
    public String parameter() {
        return parameter;
    }
}
