package io.gatehouse.accounts.entity;

import java.util.UUID;

/**
 * A CDI event fired inside the transaction that deletes a user, before its rows go: observers end what the user
 * holds elsewhere (sessions, agent tokens) in that same transaction, so a deletion is all or nothing.
 */
public record UserDeleting(UUID principalId) {
}
