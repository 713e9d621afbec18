package io.gatehouse.console.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.console.entity.ConsoleAsset;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The console's files: found under WEB-INF/console with their media types, read once; no path leaves the folder. */
class ConsoleFilesTest {

    private static final Map<String, String> WAR = Map.of(
            "/WEB-INF/console/index.html", "<!doctype html>",
            "/WEB-INF/console/console.css", "body{}",
            "/WEB-INF/console/js/app.js", "import './api.js';",
            "/WEB-INF/console/js/views/user-page.js", "export {};",
            "/WEB-INF/web.xml", "<web-app/>",
            "/WEB-INF/console/NOTES.TXT", "not served");

    private final List<String> opened = new ArrayList<>();

    private ConsoleFiles files() {
        return new ConsoleFiles(path -> {
            opened.add(path);
            String text = WAR.get(path);
            return text == null ? null : (InputStream) new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void filesAreServedWithTheirMediaTypes() {
        ConsoleFiles files = files();
        ConsoleAsset page = files.find("/index.html").orElseThrow();
        assertEquals("text/html;charset=utf-8", page.contentType());
        assertArrayEquals("<!doctype html>".getBytes(StandardCharsets.UTF_8), page.body());
        assertEquals("text/css;charset=utf-8", files.find("/console.css").orElseThrow().contentType());
        assertEquals("text/javascript;charset=utf-8", files.find("/js/app.js").orElseThrow().contentType());
        assertEquals("text/javascript;charset=utf-8", files.find("/js/views/user-page.js").orElseThrow().contentType());
    }

    @Test
    void aFileIsReadOnce() {
        ConsoleFiles files = files();
        files.find("/js/app.js");
        files.find("/js/app.js");
        assertEquals(List.of("/WEB-INF/console/js/app.js"), opened);
        files.find("/js/missing.js");
        files.find("/js/missing.js");
        assertEquals(List.of("/WEB-INF/console/js/app.js", "/WEB-INF/console/js/missing.js", "/WEB-INF/console/js/missing.js"), opened,
                "a file that is not there is looked for again, never remembered");
    }

    @Test
    void nothingOutsideTheFolderOrWithoutAKnownTypeIsLookedFor() {
        ConsoleFiles files = files();
        for (String path : List.of("/../WEB-INF/web.xml", "/js/../../WEB-INF/web.xml", "/NOTES.TXT", "/notes.txt", "/",
                "", "/js/", "/index.html/", "//index.html", "/index.html;x", "/.hidden.js", "/index.HTML", "/app.class",
                "/index.html?x", "/js/app.js%00", "index.html", "/a b.js")) {
            assertTrue(files.find(path).isEmpty(), path);
        }
        assertTrue(files.find(null).isEmpty());
        assertEquals(List.of(), opened, "none of them reached the WAR");
    }
}
