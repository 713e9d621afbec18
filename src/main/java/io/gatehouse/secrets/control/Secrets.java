package io.gatehouse.secrets.control;

import io.gatehouse.secrets.entity.Secret;
import io.gatehouse.secrets.entity.SecretCipher;
import io.gatehouse.secrets.entity.SecretName;
import io.gatehouse.persistence.control.NewTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Stores, deletes and reports a principal's secrets; the only class that seals or opens them. */
@ApplicationScoped
public class Secrets {

    private static final int ATTEMPTS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretsSettings settings;

    @Inject
    NewTransaction newTransaction;

    @Inject
    Clock clock;

    /** Checks that secrets are on ({@code 503} otherwise) and that the name is known ({@code 404}). */
    public SecretName named(String name) {
        settings.cipher();
        return SecretName.parse(name);
    }

    /**
     * Sets the secret, replacing an earlier value. Each attempt is a transaction of its own: when two first
     * writes of one name race, the loser's insert fails on the primary key and its retry updates the winner's row.
     */
    public void store(UUID ownerId, SecretName name, String value) {
        SecretCipher cipher = settings.cipher();
        byte[] plaintext = value.getBytes(StandardCharsets.UTF_8);
        RuntimeException lastFailure = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                newTransaction.run(() -> write(ownerId, name, cipher, plaintext));
                return;
            } catch (RuntimeException lostRace) {
                lastFailure = lostRace;
            }
        }
        throw lastFailure;
    }

    /** Removes the secret; nothing to remove is fine too. */
    @Transactional
    public void delete(UUID ownerId, SecretName name) {
        settings.cipher();
        em.createNamedQuery(Secret.DELETE_NAMED)
                .setParameter("owner", ownerId)
                .setParameter("names", List.of(name.wire()))
                .executeUpdate();
    }

    /** Which secrets the principal has; none while secrets are off. One query. */
    public Set<SecretName> present(UUID ownerId) {
        Set<SecretName> present = EnumSet.noneOf(SecretName.class);
        if (!settings.enabled()) {
            return present;
        }
        List<String> names = em.createNamedQuery(Secret.NAMES_OF_OWNER, String.class)
                .setParameter("owner", ownerId)
                .getResultList();
        for (SecretName name : SecretName.values()) {
            if (names.contains(name.wire())) {
                present.add(name);
            }
        }
        return present;
    }

    /** The plaintext, for server-side features that call a provider with it; never for a response or a log. */
    public Optional<String> reveal(UUID ownerId, SecretName name) {
        SecretCipher cipher = settings.cipher();
        return find(ownerId, name).map(secret -> new String(secret.open(cipher), StandardCharsets.UTF_8));
    }

    private Void write(UUID ownerId, SecretName name, SecretCipher cipher, byte[] plaintext) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        Optional<Secret> existing = find(ownerId, name);
        Secret secret = existing.orElseGet(() -> new Secret(ownerId, name));
        secret.seal(cipher, plaintext, now);
        if (existing.isEmpty()) {
            em.persist(secret);
        }
        em.flush();
        return null;
    }

    private Optional<Secret> find(UUID ownerId, SecretName name) {
        return em.createNamedQuery(Secret.OF_OWNER_NAMED, Secret.class)
                .setParameter("owner", ownerId)
                .setParameter("name", name.wire())
                .getResultStream()
                .findFirst();
    }
}
