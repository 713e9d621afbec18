package io.gatehouse.publishing.control;

import io.gatehouse.publishing.entity.FeedSort;
import io.gatehouse.publishing.entity.PublishingProblems;

/** Reads the {@code sort} and {@code limit} query parameters of the public endpoints. */
public final class FeedParameters {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private FeedParameters() {
    }

    /** Absent: {@value #DEFAULT_LIMIT}; above {@value #MAX_LIMIT}: capped; not a positive integer: 422. */
    public static int limit(String raw) {
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        String digits = raw.matches("[0-9]+") ? raw.replaceFirst("^0+", "") : "";
        if (digits.isEmpty()) {
            throw PublishingProblems.invalid("limit must be a positive integer (at most " + MAX_LIMIT + " are returned)");
        }
        return digits.length() > 3 ? MAX_LIMIT : Math.min(Integer.parseInt(digits), MAX_LIMIT);
    }

    /** Absent: recent; {@code recent} or {@code popular}; anything else: 422. */
    public static FeedSort sort(String raw) {
        if (raw == null) {
            return FeedSort.RECENT;
        }
        for (FeedSort sort : FeedSort.values()) {
            if (sort.parameter().equals(raw)) {
                return sort;
            }
        }
        throw PublishingProblems.invalid("sort must be recent or popular");
    }
}
