package io.gatehouse.persistence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Get-or-create that is safe when two first requests race: the insert runs in its own transaction,
 * and when it loses to a concurrent insert (a unique constraint decides) the winner's row is read.
 */
@ApplicationScoped
public class FindOrCreate {

    private static final int ATTEMPTS = 3;

    @Inject
    NewTransaction newTransaction;

    public <T> T apply(Supplier<Optional<T>> find, Supplier<T> create) {
        RuntimeException lastFailure = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<T> existing = newTransaction.run(find);
            if (existing.isPresent()) {
                return existing.get();
            }
            try {
                return newTransaction.run(create);
            } catch (RuntimeException lostRace) {
                lastFailure = lostRace;
            }
        }
        throw lastFailure;
    }
}
