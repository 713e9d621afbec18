package io.gatehouse.accounts.entity;

import java.util.UUID;

/** A user's lock state changed; fire inside the changing transaction (observers act once it committed). */
public record UserLockChanged(UUID principalId) {
}
