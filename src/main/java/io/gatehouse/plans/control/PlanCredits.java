package io.gatehouse.plans.control;

import io.gatehouse.plans.entity.Profile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses {@code PLANS} ({@code free:20,pro:500}) into each plan's credit total. The free plan takes its
 * total from {@code PLANS} when named there, else from {@code FREE_PLAN_CREDITS}. A malformed value is
 * refused with a message naming the entry, so start-up can stop on it.
 */
final class PlanCredits {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    private static final Pattern CREDITS = Pattern.compile("[0-9]{1,9}");

    private PlanCredits() {
    }

    /**
     * @param plans            the {@code PLANS} value, or {@code null} when unset
     * @param freePlanCredits  the {@code FREE_PLAN_CREDITS} value
     * @throws IllegalArgumentException saying which rule the values break
     */
    static Map<String, Integer> parse(String plans, String freePlanCredits) {
        Map<String, Integer> credits = new LinkedHashMap<>();
        if (plans != null && !plans.isBlank()) {
            String[] entries = plans.split(",", -1);
            for (int i = 0; i < entries.length; i++) {
                parseEntry(entries[i].trim(), i + 1, credits);
            }
        }
        if (!credits.containsKey(Profile.FREE_PLAN)) {
            String free = freePlanCredits == null ? "" : freePlanCredits.trim();
            if (!CREDITS.matcher(free).matches()) {
                throw new IllegalArgumentException("FREE_PLAN_CREDITS must be a whole number from 0 to 999999999");
            }
            credits.put(Profile.FREE_PLAN, Integer.parseInt(free));
        }
        return Map.copyOf(credits);
    }

    private static void parseEntry(String entry, int position, Map<String, Integer> credits) {
        String expected = "PLANS must be a comma-separated list of plan:credits such as free:20,pro:500";
        int colon = entry.indexOf(':');
        if (entry.isEmpty() || colon < 0) {
            throw new IllegalArgumentException(expected + " (entry " + position + " is "
                    + (entry.isEmpty() ? "empty" : "missing the colon") + ")");
        }
        String name = entry.substring(0, colon).trim();
        String total = entry.substring(colon + 1).trim();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(expected + " (entry " + position
                    + ": a plan name is 1 to 32 lower-case letters, digits, - or _)");
        }
        if (!CREDITS.matcher(total).matches()) {
            throw new IllegalArgumentException(expected + " (entry " + position
                    + ": credits must be a whole number from 0 to 999999999)");
        }
        if (credits.putIfAbsent(name, Integer.parseInt(total)) != null) {
            throw new IllegalArgumentException("PLANS names plan " + name + " twice");
        }
    }
}
