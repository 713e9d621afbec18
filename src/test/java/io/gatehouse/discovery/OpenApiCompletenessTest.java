package io.gatehouse.discovery;

import io.gatehouse.http.entity.ProtectedResource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the build writes ({@code discovery/openapi.json}, by the SmallRye plugin in
 * {@code process-classes}) names every endpoint of every resource class compiled under {@code io.gatehouse}:
 * an endpoint added without reaching the document fails the build here.
 */
class OpenApiCompletenessTest {

    private static final java.nio.file.Path CLASSES = classesDirectory();

    @Test
    void everyEndpointIsInTheDocument() throws IOException {
        Set<String> endpoints = endpointsOfCompiledResources();
        assertTrue(endpoints.size() >= 25, () -> "the scan found too few endpoints to be right: " + endpoints);
        assertTrue(endpoints.contains("POST /auth/session"), endpoints::toString);
        assertTrue(endpoints.contains("GET /.well-known/oauth-protected-resource/{}"), endpoints::toString);

        Set<String> documented = documentedOperations();
        Set<String> missing = new TreeSet<>(endpoints);
        missing.removeAll(documented);
        assertEquals(Set.of(), missing, "endpoints missing from discovery/openapi.json");
    }

    private static Set<String> endpointsOfCompiledResources() throws IOException {
        Set<String> endpoints = new TreeSet<>();
        java.nio.file.Path root = CLASSES.resolve("io/gatehouse");
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> type = load(name);
                Path classPath = type.getAnnotation(Path.class);
                if (classPath == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = httpMethod(method);
                    if (verb != null) {
                        Path methodPath = method.getAnnotation(Path.class);
                        endpoints.add(verb + " " + normalized(classPath.value() + "/" + (methodPath == null ? "" : methodPath.value())));
                    }
                }
            }
        }
        return endpoints;
    }

    private static Set<String> documentedOperations() throws IOException {
        java.nio.file.Path document = CLASSES.resolve("discovery/openapi.json");
        assertTrue(Files.isRegularFile(document), "the build did not write " + document);
        Set<String> operations = new TreeSet<>();
        try (Reader in = Files.newBufferedReader(document); JsonReader reader = Json.createReader(in)) {
            JsonObject paths = reader.readObject().getJsonObject("paths");
            paths.forEach((path, item) -> item.asJsonObject().keySet()
                    .forEach(verb -> operations.add(verb.toUpperCase() + " " + normalized(path))));
        }
        return operations;
    }

    /** One slash between segments, none at the end, and every template ({@code {id}}, {@code {p: .+}}) as {@code {}}. */
    static String normalized(String path) {
        String templates = path.replaceAll("\\{[^}]*\\}", "{}");
        String slashes = ("/" + templates).replaceAll("/+", "/");
        return slashes.length() > 1 && slashes.endsWith("/") ? slashes.substring(0, slashes.length() - 1) : slashes;
    }

    private static String httpMethod(Method method) {
        List<String> verbs = new ArrayList<>();
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                verbs.add(verb.value());
            }
        }
        return verbs.isEmpty() ? null : verbs.get(0);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OpenApiCompletenessTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.nio.file.Path classesDirectory() {
        try {
            return java.nio.file.Path.of(ProtectedResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void templatesAndSlashesAreNormalized() {
        assertEquals("/api/v1/agents/{}", normalized("/api/v1/agents" + "/" + "/{id}"));
        assertEquals("/.well-known/oauth-protected-resource/{}", normalized("/.well-known/oauth-protected-resource/{resourcePath: .+}"));
        assertEquals("/projects", normalized("/projects/"));
        assertEquals("/", normalized("/"));
    }
}
