package io.gatehouse.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** The identity of a signed-in principal, as last synced from Clerk. */
@Entity
@Table(name = "users")
@NamedQuery(name = UserAccount.BY_CLERK_ID, query = "SELECT u FROM UserAccount u WHERE u.clerkUserId = :clerkUserId")
public class UserAccount {

    public static final String BY_CLERK_ID = "UserAccount.byClerkId";

    @Id
    @Column(name = "principal_id")
    private UUID principalId;

    @Column(name = "clerk_user_id", nullable = false, updatable = false)
    private String clerkUserId;

    private String email;

    private String name;

    @Column(name = "preferred_name")
    private String preferredName;

    private String pronouns;

    private String timezone;

    private String notes;

    private String context;

    /** The public handle of a creator ({@code /public/creators/{handle}}), set when they first publish. */
    private String handle;

    @Column(name = "is_super_admin", nullable = false)
    private boolean superAdmin;

    /** When Clerk last changed this user, as far as applied (epoch millis); orders webhook events. */
    @Column(name = "clerk_updated_at")
    private Long clerkUpdatedAt;

    @Embedded
    private UserLock lock = new UserLock();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected UserAccount() {
    }

    public UserAccount(UUID principalId, String clerkUserId, OffsetDateTime now) {
        this.principalId = principalId;
        this.clerkUserId = clerkUserId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID principalId() {
        return principalId;
    }

    public String clerkUserId() {
        return clerkUserId;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public String preferredName() {
        return preferredName;
    }

    public String pronouns() {
        return pronouns;
    }

    public String timezone() {
        return timezone;
    }

    public String notes() {
        return notes;
    }

    public String context() {
        return context;
    }

    public String handle() {
        return handle;
    }

    public void setHandle(String handle) {
        this.handle = handle;
    }

    public boolean superAdmin() {
        return superAdmin;
    }

    public void grantSuperAdmin() {
        superAdmin = true;
    }

    /** Why the user may not sign in, if they may not ({@link UserLock}). */
    public Optional<LockReason> lockReason() {
        return lock().reason();
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /** Whether the user may sign in, and an operator's lock ({@link UserLock}). */
    public UserLock lock() {
        if (lock == null) { // a provider may leave an embeddable null when it reads one
            lock = new UserLock();
        }
        return lock;
    }

    /** Applies the fields a user edits through the API. */
    public void edit(ProfileEdit edit, OffsetDateTime now) {
        edit.changes().forEach((field, value) -> {
            switch (field) {
                case "preferred_name" -> preferredName = value;
                case "pronouns" -> pronouns = value;
                case "timezone" -> timezone = value;
                case "notes" -> notes = value;
                case "context" -> context = value;
                default -> throw new IllegalArgumentException("not an editable field: " + field);
            }
        });
        updatedAt = now;
    }

    /**
     * Takes what a Clerk webhook reports as of {@code clerkTime} (epoch millis), unless newer data was
     * already applied: the email and the name it carries. Returns whether it was applied.
     */
    public boolean syncFromClerk(String newEmail, String newName, ClerkFlags flags, long clerkTime, OffsetDateTime now) {
        if (clerkUpdatedAt != null && clerkTime < clerkUpdatedAt) {
            return false;
        }
        clerkUpdatedAt = clerkTime;
        lock().apply(flags);
        if (newEmail != null) {
            email = truncate(newEmail, 320);
        }
        if (newName != null) {
            name = truncate(newName, 256);
        }
        updatedAt = now;
        return true;
    }

    /**
     * Takes what Clerk says: the email whenever it changed, the name only while none is set (a name
     * edited in the product is not overwritten). Returns whether anything changed.
     */
    public boolean absorb(String newEmail, String newName, OffsetDateTime now) {
        boolean changed = false;
        if (newEmail != null && !newEmail.equals(email)) {
            email = truncate(newEmail, 320);
            changed = true;
        }
        if (newName != null && (name == null || name.isBlank())) {
            name = truncate(newName, 256);
            changed = true;
        }
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
