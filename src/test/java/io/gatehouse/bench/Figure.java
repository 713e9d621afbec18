package io.gatehouse.bench;

/** One printed figure with its target and verdict. */
record Figure(String name, String value, String target, Verdict verdict) {

    enum Verdict { PASS, MISS, REPORTED, INVALID }

    static Figure check(String name, String value, String target, boolean met) {
        return new Figure(name, value, target, met ? Verdict.PASS : Verdict.MISS);
    }

    static Figure reported(String name, String value) {
        return new Figure(name, value, "reported", Verdict.REPORTED);
    }

    static Figure invalid(String name, String why, String target) {
        return new Figure(name, why, target, Verdict.INVALID);
    }
}
