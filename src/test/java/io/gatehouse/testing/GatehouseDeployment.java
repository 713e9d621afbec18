package io.gatehouse.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds what the integration tests deploy: the WAR Maven packaged, unchanged, plus one jar carrying the
 * test's configuration.
 *
 * <p>Testing the packaged WAR (rather than a hand-assembled archive) checks what ships. The configuration
 * travels as {@code META-INF/microprofile-config.properties} in a library jar with {@code config_ordinal}
 * 250, so it wins over the WAR's own defaults (ordinal 100) without touching them, and each deployment
 * can point at its own database and at the {@link FakeClerk}.
 */
public final class GatehouseDeployment {

    /** Name of the jar under WEB-INF/lib that carries the test configuration. */
    public static final String CONFIG_JAR = "gatehouse-test-config.jar";

    /**
     * Limits nothing reaches: the tests and the benchmark call from one address, mint anonymous sessions by
     * the thousand (the benchmark by the million), and only RateLimitIT sets limits it means to hit. The
     * limiter still counts every request.
     */
    public static final Map<String, String> UNREACHABLE_RATE_LIMITS = Map.of(
            "rate-limit.anonymous-per-hour", String.valueOf(Integer.MAX_VALUE),
            "rate-limit.session-per-minute", String.valueOf(Integer.MAX_VALUE),
            "rate-limit.webhooks-per-minute", String.valueOf(Integer.MAX_VALUE),
            "rate-limit.api-per-minute", String.valueOf(Integer.MAX_VALUE),
            "rate-limit.public-per-minute", String.valueOf(Integer.MAX_VALUE));

    private static final String ARCHIVE_NAME = "gatehouse.war";

    private GatehouseDeployment() {
    }

    /**
     * The packaged WAR ({@code -Dgatehouse.war}, default {@code target/gatehouse.war}) with the given
     * config added. The archive keeps the name {@code gatehouse.war} whatever the file is called.
     */
    public static WebArchive of(Map<String, String> config) {
        File war = new File(System.getProperty("gatehouse.war", "target/gatehouse.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("no WAR at " + war.getAbsolutePath() + "; run the package phase first");
        }
        JavaArchive configJar = ShrinkWrap.create(JavaArchive.class, CONFIG_JAR)
                .addAsManifestResource(new ByteArrayAsset(properties(config)), "microprofile-config.properties");
        return ShrinkWrap.create(ZipImporter.class, ARCHIVE_NAME)
                .importFrom(war)
                .as(WebArchive.class)
                .addAsLibrary(configJar);
    }

    /**
     * The packaged WAR with the given config, deployed once for every test class that asks for a deployment
     * of this name with the same config, one class after the other ({@link KeepSharedDeployments}). The
     * classes share the server and the database, so their tests must not depend on what other classes
     * left there (fresh users and devices, no global counts).
     */
    public static WebArchive shared(String name, Map<String, String> config) {
        WebArchive archive = of(config);
        SharedDeployments.name(archive, name);
        return archive;
    }

    /**
     * Config for a deployment of its own: a fresh database ({@link TestDatabase#configFor}) and the shared
     * {@link FakeClerk}. Mutable, so a test can add or override entries before calling {@link #of}.
     */
    public static Map<String, String> defaultConfig(String name) {
        FakeClerk clerk = FakeClerk.shared();
        Map<String, String> config = new LinkedHashMap<>(TestDatabase.configFor(name));
        config.put("clerk.issuer", clerk.issuer());
        config.put("clerk.jwks-url", clerk.jwksUrl());
        config.put("clerk.api-url", clerk.apiUrl());
        config.put("clerk.secret-key", FakeClerk.SECRET_KEY);
        config.put("clerk.authorized-parties", "http://localhost:3000,https://app.example.com");
        config.putAll(UNREACHABLE_RATE_LIMITS);
        return config;
    }

    /** Properties.store escapes keys and values, and writes ISO-8859-1 with unicode escapes, which every reader accepts. */
    private static byte[] properties(Map<String, String> config) {
        Properties properties = new Properties();
        properties.setProperty("config_ordinal", "250");
        config.forEach(properties::setProperty);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            properties.store(out, "Gatehouse integration test configuration");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
