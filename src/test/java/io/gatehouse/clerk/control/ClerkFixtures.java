package io.gatehouse.clerk.control;

import io.gatehouse.clerk.control.ClerkKeys;
import io.gatehouse.clerk.control.ClerkSettings;
import io.gatehouse.clerk.control.ClerkSignatureCheck;
import io.gatehouse.clerk.control.ClerkTokenVerifier;
import io.gatehouse.kernel.StartupEvent;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Clock;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * Assembles the Clerk beans without a server, for code in other packages (benchmarks): MicroProfile
 * Config from a map (SmallRye), then settings, keys and verifier wired and started in the order CDI
 * would, through their package-private injection points and life-cycle methods.
 */
public final class ClerkFixtures {

    private ClerkFixtures() {
    }

    /**
     * The real {@link ClerkTokenVerifier} configured by {@code config} (the {@code clerk.*} keys). Meant
     * for a pinned key ({@code clerk.jwt-key}): the keys are loaded at start-up without any executor, so
     * a JWKS URL configuration would fail here for want of one.
     */
    public static ClerkTokenVerifier verifier(Map<String, String> config, Clock clock) {
        ClerkSettings settings = new ClerkSettings();
        settings.config = config(config);
        settings.read();

        ClerkKeys keys = new ClerkKeys();
        keys.settings = settings;
        keys.onStart(new StartupEvent());

        ClerkSignatureCheck signatures = new ClerkSignatureCheck();
        signatures.keys = keys;

        ClerkTokenVerifier verifier = new ClerkTokenVerifier();
        verifier.settings = settings;
        verifier.signatures = signatures;
        verifier.clock = clock;
        verifier.endedSessions = clerkSessionId -> false;
        verifier.init();
        return verifier;
    }

    private static Config config(Map<String, String> entries) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(entries, "bench", 500))
                .build();
    }
}
