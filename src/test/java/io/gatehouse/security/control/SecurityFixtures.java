package io.gatehouse.security.control;

import io.gatehouse.security.control.CredentialAuthenticator;
import io.gatehouse.security.control.CredentialExtractor;
import io.gatehouse.security.control.CredentialResolver;
import jakarta.enterprise.inject.Instance;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Opens the package-private parts of the security package to code in other packages (benchmarks), so
 * the real beans can be assembled without a CDI container.
 */
public final class SecurityFixtures {

    private SecurityFixtures() {
    }

    /** The bearer token of a request, exactly as {@link CredentialExtractor} finds it. */
    public static String extract(HttpServletRequest request) {
        CredentialExtractor.Presented presented = CredentialExtractor.of(request);
        return presented == null ? null : presented.token();
    }

    /**
     * A resolver asking the given authenticators. They are handed to the resolver's own
     * {@code @PostConstruct} method through a fixed {@link Instance}, so the resolver sorts them by
     * {@link CredentialAuthenticator#order()} itself, as it does when CDI builds it.
     */
    public static CredentialResolver resolverOf(CredentialAuthenticator... authenticators) {
        CredentialResolver resolver = new CredentialResolver();
        resolver.available = fixedInstance(List.of(authenticators));
        resolver.order();
        return resolver;
    }

    /** An {@link Instance} that only iterates and streams a fixed list: all the resolver asks of it. */
    @SuppressWarnings("unchecked")
    private static Instance<CredentialAuthenticator> fixedInstance(List<CredentialAuthenticator> authenticators) {
        return (Instance<CredentialAuthenticator>) Proxy.newProxyInstance(SecurityFixtures.class.getClassLoader(),
                new Class<?>[] {Instance.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "stream" -> authenticators.stream();
                    case "iterator" -> authenticators.iterator();
                    case "toString" -> "Instance" + authenticators;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
