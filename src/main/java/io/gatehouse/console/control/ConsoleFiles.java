package io.gatehouse.console.control;

import io.gatehouse.console.entity.ConsoleAsset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The console's static files, read from the WAR's {@code WEB-INF/console/} folder and kept in memory once found. Only a path of
 * lower-case names (letters, digits, hyphens) ending in a known extension is looked up, so no request can reach a file
 * outside the folder ({@code ..}, {@code WEB-INF}) or one without a media type; anything else is not there.
 */
public final class ConsoleFiles {

    /** Where the console lives in the WAR and in the URL space. */
    public static final String ROOT = "/console";
    /** The page itself, which {@code /console} and {@code /console/} answer. */
    public static final String INDEX = ROOT + "/index.html";
    /** Where the files lie in the WAR: under {@code WEB-INF}, which no server serves by itself, so only this feature answers them. */
    static final String FOLDER = "/WEB-INF/console";

    static final Pattern PATH = Pattern.compile("(/[a-z0-9][a-z0-9-]*)*/[a-z0-9][a-z0-9-]*\\.(html|css|js|svg|png)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");

    private final Function<String, InputStream> resources;
    private final Map<String, ConsoleAsset> found = new ConcurrentHashMap<>();

    /** @param resources opens a resource of the WAR by its path ({@code ServletContext::getResourceAsStream}), or gives {@code null} */
    public ConsoleFiles(Function<String, InputStream> resources) {
        this.resources = resources;
    }

    /**
     * The file at a path below {@code /console} ({@code /index.html}, {@code /js/app.js}), or empty when there is none to
     * serve. Files not found are not remembered, so probing for names costs no memory.
     */
    public Optional<ConsoleAsset> find(String path) {
        if (path == null || !PATH.matcher(path).matches()) {
            return Optional.empty();
        }
        ConsoleAsset known = found.get(path);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ConsoleAsset> read = read(path);
        read.ifPresent(asset -> found.putIfAbsent(path, asset));
        return read;
    }

    /** The media type of a path the pattern accepted. */
    static String typeOf(String path) {
        return TYPES.get(path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
    }

    private Optional<ConsoleAsset> read(String path) {
        try (InputStream in = resources.apply(FOLDER + path)) {
            return in == null ? Optional.empty() : Optional.of(new ConsoleAsset(typeOf(path), in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the console file " + path, e);
        }
    }
}
