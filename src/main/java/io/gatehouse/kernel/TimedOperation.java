package io.gatehouse.kernel;

/** The operations whose durations are kept, each exposed as a summary ({@code _count}, {@code _sum}) and a {@code _max}. */
public enum TimedOperation {
    EXCHANGE("gatehouse_session_exchange_seconds",
            "Time to exchange a Clerk session JWT (or the local token) for a session token, POST /auth/session"),
    REBIND("gatehouse_rebind_seconds", "Time of a rebind, POST /auth/rebind, its transaction included");

    private final String metricName;
    private final String help;

    TimedOperation(String metricName, String help) {
        this.metricName = metricName;
        this.help = help;
    }

    public String metricName() {
        return metricName;
    }

    public String help() {
        return help;
    }
}
