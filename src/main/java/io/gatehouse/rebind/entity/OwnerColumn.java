package io.gatehouse.rebind.entity;

import java.util.regex.Pattern;

/**
 * Where a table records its rows' owner, as SQL names ({@code projects}, {@code owner_id}): plain lower-case
 * identifiers only, since they are written into SQL text.
 */
public record OwnerColumn(String table, String column) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public OwnerColumn {
        if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + table + "." + column);
        }
    }

    /** The condition "no row of this table belongs to {@code principal}", for a principal column given as SQL. */
    public String noneOwnedBy(String principal) {
        return "NOT EXISTS (SELECT 1 FROM " + table + " o WHERE o." + column + " = " + principal + ")";
    }
}
