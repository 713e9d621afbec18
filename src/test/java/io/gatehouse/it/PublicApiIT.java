package io.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.testing.HttpReply;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Publishing and the public read API. The tests share one database(), so each uses its own slugs, tags and
 * users, and asserts the relative order of the items it created rather than whole feeds.
 */
class PublicApiIT extends SecretsDeployment {

    @Test
    void publishingAnswersTheShareAndEachReadOfItsPageCountsOneView() {
        String owner = user("Grace Hopper", unique("grace") + "@example.com");
        String project = project(owner, "Compiler notes");
        String slug = unique("compiler");

        JsonObject share = published(owner, project, "{\"slug\": \"" + slug + "\", \"tags\": [\"Zeta\", \"alpha\", \"zeta\"]}");

        assertEquals(List.of("slug", "name", "tags", "creator", "published_at", "views"), List.copyOf(share.keySet()));
        assertEquals(slug, share.getString("slug"));
        assertEquals("Compiler notes", share.getString("name"));
        assertEquals(List.of("alpha", "zeta"), strings(share, "tags"));
        assertEquals(List.of("handle", "display_name"), List.copyOf(share.getJsonObject("creator").keySet()));
        assertEquals("Grace Hopper", share.getJsonObject("creator").getString("display_name"));
        assertTrue(share.getString("published_at").endsWith("Z"), share::toString);
        Instant.parse(share.getString("published_at"));
        assertEquals(0, share.getJsonNumber("views").longValue());

        HttpReply first = http().get("/public/share/" + slug).send();
        assertEquals(200, first.status(), first::toString);
        assertEquals(1, first.json().getJsonNumber("views").longValue());
        assertEquals(share.getString("published_at"), first.json().getString("published_at"));
        assertEquals(2, http().get("/public/share/" + slug).send().json().getJsonNumber("views").longValue());
        assertFalse(first.body().contains(project), "no project id on a public page");

        String renamed = unique("renamed");
        JsonObject again = published(owner, project, "{\"slug\": \"" + renamed + "\", \"tags\": [\"beta\"]}");
        assertEquals(share.getString("published_at"), again.getString("published_at"), "first publication time kept");
        assertEquals(2, again.getJsonNumber("views").longValue(), "views kept");
        assertEquals(List.of("beta"), strings(again, "tags"));
        assertProblem(http().get("/public/share/" + slug).send(), 404, "Share not found");
        assertEquals(3, http().get("/public/share/" + renamed).send().json().getJsonNumber("views").longValue());
    }

    @Test
    void concurrentReadsAreEachCounted() throws Exception {
        String owner = user("Busy Page", unique("busy") + "@example.com");
        String slug = unique("busy");
        published(owner, project(owner, "Busy"), "{\"slug\": \"" + slug + "\"}");
        List<Callable<Integer>> reads = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            reads.add(() -> http().get("/public/share/" + slug).send().status());
        }

        assertEquals(List.of(200), race(reads).stream().distinct().toList());

        assertEquals(13, http().get("/public/share/" + slug).send().json().getJsonNumber("views").longValue());
    }

    @Test
    void theRecentFeedListsTheNewestFirst() {
        String owner = user("Recent Writer", unique("recent") + "@example.com");
        List<String> slugs = publishSeveral(owner, 3, "recent", List.of());

        List<String> order = slugsOf(walk("recent", 100));

        assertTrue(order.indexOf(slugs.get(2)) >= 0 && order.indexOf(slugs.get(2)) < order.indexOf(slugs.get(1)), order::toString);
        assertTrue(order.indexOf(slugs.get(1)) < order.indexOf(slugs.get(0)), order::toString);
        List<JsonObject> feed = walk("recent", 100);
        for (int i = 1; i < feed.size(); i++) {
            assertFalse(Instant.parse(feed.get(i).getString("published_at"))
                    .isAfter(Instant.parse(feed.get(i - 1).getString("published_at"))), "newest first");
        }
        HttpReply defaultSort = http().get("/public/share/community").send();
        assertEquals(200, defaultSort.status(), defaultSort::toString);
        assertEquals(slugsOf(walk("recent", 20)).subList(0, defaultSort.json().getJsonArray("items").size()),
                slugsOf(defaultSort.json().getJsonArray("items").getValuesAs(JsonObject.class)), "recent is the default");
    }

    @Test
    void pagesOfTwoNeitherRepeatNorSkipAndTheLastHasNoCursor() {
        String owner = user("Pager", unique("pager") + "@example.com");
        List<String> mine = publishSeveral(owner, 5, "page", List.of());
        http().get("/public/share/" + mine.get(3)).send();

        for (String sort : List.of("recent", "popular")) {
            List<JsonObject> byTwo = walk(sort, 2);
            List<String> slugs = slugsOf(byTwo);
            assertEquals(slugs.size(), new HashSet<>(slugs).size(), "no duplicates: " + slugs);
            assertTrue(slugs.containsAll(mine), slugs::toString);
            assertTrue(slugs.size() >= 5, "at least three pages");
            assertEquals(slugsOf(walk(sort, 100)), slugs, "the same items in the same order as with large pages");
        }
    }

    @Test
    void thePopularFeedOrdersByViews() {
        String owner = user("Popular Person", unique("popular") + "@example.com");
        List<String> slugs = publishSeveral(owner, 3, "pop", List.of());
        for (int i = 0; i < 3; i++) {
            http().get("/public/share/" + slugs.get(1)).send();
        }
        http().get("/public/share/" + slugs.get(2)).send();

        List<JsonObject> feed = walk("popular", 100);
        List<String> order = slugsOf(feed);

        assertTrue(order.indexOf(slugs.get(1)) >= 0 && order.indexOf(slugs.get(1)) < order.indexOf(slugs.get(2)), order::toString);
        assertTrue(order.indexOf(slugs.get(2)) < order.indexOf(slugs.get(0)), order::toString);
        assertEquals(3, feed.get(order.indexOf(slugs.get(1))).getJsonNumber("views").longValue());
        for (int i = 1; i < feed.size(); i++) {
            assertTrue(feed.get(i).getJsonNumber("views").longValue() <= feed.get(i - 1).getJsonNumber("views").longValue(),
                    "most viewed first");
        }
    }

    @Test
    void aLimitOver100IsCappedAndInvalidParametersAnswer422() {
        HttpReply capped = http().get("/public/share/community?limit=500").send();
        assertEquals(200, capped.status(), capped::toString);
        assertTrue(capped.json().getJsonArray("items").size() <= 100);
        assertEquals(200, http().get("/public/tags/popular?limit=500").send().status());

        assertInvalid(http().get("/public/share/community?sort=best").send(), "sort must be recent or popular");
        assertInvalid(http().get("/public/share/community?limit=0").send(), "limit must be a positive integer (at most 100 are returned)");
        assertInvalid(http().get("/public/share/community?limit=abc").send(), "limit must be a positive integer (at most 100 are returned)");
        assertInvalid(http().get("/public/tags/popular?limit=-3").send(), "limit must be a positive integer (at most 100 are returned)");
        String cursorError = "cursor is not valid for this feed; pass next_cursor of the previous page unchanged, with the same sort";
        assertInvalid(http().get("/public/share/community?cursor=garbage").send(), cursorError);

        String owner = user("Cursor Keeper", unique("cursor") + "@example.com");
        publishSeveral(owner, 2, "cur", List.of());
        String popularCursor = http().get("/public/share/community?sort=popular&limit=1").send().json().getString("next_cursor");
        assertInvalid(http().get("/public/share/community?sort=recent&cursor=" + encode(popularCursor)).send(), cursorError);
        assertEquals(200, http().get("/public/share/community?sort=popular&cursor=" + encode(popularCursor)).send().status());
    }

    @Test
    void invalidPublishRequestsAnswer422() {
        String owner = user("Validator", unique("valid") + "@example.com");
        String project = project(owner, "Checked");

        assertInvalid(publish(owner, project, "{\"slug\": \"Not A Slug\"}"),
                "slug must be 3 to 64 characters of a-z, 0-9 and -, not starting or ending with -");
        assertInvalid(publish(owner, project, "{}"), "slug required");
        assertInvalid(publish(owner, project, "{\"slug\": \"" + unique("many") + "\", \"tags\": "
                + "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\"]}"), "at most 10 tags are allowed");
        assertInvalid(publish(owner, project, "{\"slug\": \"" + unique("bad") + "\", \"tags\": [\"no spaces\"]}"),
                "each tag must be 1 to 32 characters of a-z, 0-9 and -");
        assertInvalid(publish(owner, project, "{\"slug\": \"" + unique("bad") + "\", \"handle\": \"X\"}"),
                "handle must be 3 to 30 characters of a-z, 0-9, _ and -");
        assertInvalid(publish(owner, project, "{\"slug\": \"" + unique("bad") + "\", \"views\": 1000}"),
                "Unknown field views; fields: slug, tags, handle");
        assertProblem(http().delete("/projects/" + project + "/publish").bearer(owner).send(), 404,
                "Project is not published");
    }

    @Test
    void aSlugHeldByAnotherProjectAnswers409() {
        String slug = unique("taken");
        String first = user("First Owner", unique("first") + "@example.com");
        published(first, project(first, "Original"), "{\"slug\": \"" + slug + "\"}");
        String second = user("Second Owner", unique("second") + "@example.com");

        HttpReply taken = publish(second, project(second, "Copy"), "{\"slug\": \"" + slug + "\"}");
        HttpReply ownOther = publish(first, project(first, "Sibling"), "{\"slug\": \"" + slug + "\"}");

        assertProblem(taken, 409, "slug " + slug + " is already taken");
        assertEquals("slug_taken", taken.json().getString("code"));
        assertEquals(409, ownOther.status(), ownOther::toString);
        assertEquals("Original", http().get("/public/share/" + slug).send().json().getString("name"));
    }

    @Test
    void aCreatorProfileListsOnlyPublishedProjectsAndNeverTheEmail() {
        String email = unique("ada") + "@example.com";
        String owner = user("Ada Lovelace", email);
        String slug = unique("engine");
        JsonObject share = published(owner, project(owner, "Analytical engine"), "{\"slug\": \"" + slug + "\"}");
        project(owner, "Private draft");
        String handle = share.getJsonObject("creator").getString("handle");
        assertTrue(handle.matches("ada-lovelace(-[a-z0-9]{4})?"), handle);

        HttpReply profile = http().get("/public/creators/" + handle).send();

        assertEquals(200, profile.status(), profile::toString);
        assertEquals(List.of("handle", "display_name", "projects"), List.copyOf(profile.json().keySet()));
        assertEquals("Ada Lovelace", profile.json().getString("display_name"));
        assertEquals(List.of(slug), slugsOf(profile.json().getJsonArray("projects").getValuesAs(JsonObject.class)));
        assertFalse(profile.body().contains(email), profile::toString);
        assertFalse(profile.body().contains("Private draft"), profile::toString);
        assertFalse(http().get("/public/share/" + slug).send().body().contains(email));
        assertFalse(http().get("/public/share/community?limit=100").send().body().contains(email));
        assertProblem(http().get("/public/creators/" + unique("nobody")).send(), 404, "Creator not found");
    }

    @Test
    void aChosenHandleIsKeptAndCannotBeTakenTwice() {
        String handle = unique("h").replace('-', '_');
        String owner = user("Chooser", unique("chooser") + "@example.com");
        JsonObject share = published(owner, project(owner, "Chosen"),
                "{\"slug\": \"" + unique("chosen") + "\", \"handle\": \"" + handle + "\"}");
        assertEquals(handle, share.getJsonObject("creator").getString("handle"));
        JsonObject next = published(owner, project(owner, "Later"), "{\"slug\": \"" + unique("later") + "\"}");
        assertEquals(handle, next.getJsonObject("creator").getString("handle"), "the handle stays");

        String other = user("Copycat", unique("copycat") + "@example.com");
        HttpReply taken = publish(other, project(other, "Mine"), "{\"slug\": \"" + unique("mine") + "\", \"handle\": \"" + handle + "\"}");

        assertProblem(taken, 409, "handle " + handle + " is already taken");
        assertEquals("handle_taken", taken.json().getString("code"));
        assertEquals(2, http().get("/public/creators/" + handle).send().json().getJsonArray("projects").size());
    }

    @Test
    void unpublishingRemovesTheShareEverywhere() {
        String owner = user("Retractor", unique("retract") + "@example.com");
        String project = project(owner, "Withdrawn");
        String slug = unique("withdrawn");
        String tag = unique("wd");
        String handle = published(owner, project, "{\"slug\": \"" + slug + "\", \"tags\": [\"" + tag + "\"]}")
                .getJsonObject("creator").getString("handle");
        assertEquals(1, tagCount(tag));

        HttpReply deleted = http().delete("/projects/" + project + "/publish").bearer(owner).send();

        assertEquals(204, deleted.status(), deleted::toString);
        assertProblem(http().get("/public/share/" + slug).send(), 404, "Share not found");
        assertFalse(slugsOf(walk("recent", 100)).contains(slug));
        assertEquals(0, http().get("/public/creators/" + handle).send().json().getJsonArray("projects").size());
        assertEquals(0, tagCount(tag));
        assertProblem(http().delete("/projects/" + project + "/publish").bearer(owner).send(), 404, "Project is not published");
        assertEquals(1, http().get("/projects").bearer(owner).send().json().getJsonArray("projects").size(), "the project stays");
    }

    @Test
    void anotherUsersProjectIsNotFound() {
        String owner = user("Owner", unique("owner") + "@example.com");
        String project = project(owner, "Not yours");
        String slug = unique("notyours");
        published(owner, project, "{\"slug\": \"" + slug + "\"}");
        String stranger = user("Stranger", unique("stranger") + "@example.com");

        assertProblem(publish(stranger, project, "{\"slug\": \"" + unique("stolen") + "\"}"), 404, "Project not found");
        assertProblem(http().delete("/projects/" + project + "/publish").bearer(stranger).send(), 404, "Project not found");
        assertProblem(publish(stranger, UUID.randomUUID().toString(), "{\"slug\": \"" + unique("x") + "\"}"), 404, "Project not found");
        assertProblem(publish(stranger, "not-a-uuid", "{\"slug\": \"" + unique("x") + "\"}"), 404, "Project not found");
        assertEquals("not_found", publish(stranger, project, "{\"slug\": \"" + unique("x") + "\"}").json().getString("code"));
        assertEquals(200, http().get("/public/share/" + slug).send().status(), "still published");
    }

    @Test
    void anonymousDevicesCannotPublishButAgentsCan() {
        String device = http().anonymousToken(newDeviceId());
        String own = project(device, "Device draft");
        HttpReply anonymous = publish(device, own, "{\"slug\": \"" + unique("anon") + "\"}");
        assertEquals(403, anonymous.status(), anonymous::toString);
        assertEquals("forbidden", anonymous.json().getString("code"));
        assertEquals(401, http().post("/projects/" + own + "/publish").json("{\"slug\": \"abc\"}").send().status());

        String ownerJwt = clerk().token().subject(newUserId()).claim("email", unique("agentowner") + "@example.com")
                .claim("name", "Agent Owner").sign();
        String owner = http().sessionToken(ownerJwt);
        String agent = http().post("/api/v1/agents").bearer(ownerJwt).json("{\"name\": \"publisher\"}").send().json().getString("token");
        HttpReply byAgent = publish(agent, project(owner, "Agent shared"), "{\"slug\": \"" + unique("agent") + "\"}");
        assertEquals(200, byAgent.status(), byAgent::toString);
    }

    @Test
    void aDevicesProjectCanBePublishedOnceRebound() {
        String device = newDeviceId();
        String anonymous = http().anonymousToken(device);
        String project = project(anonymous, "Made offline");
        String owner = user("Rebinder", unique("rebinder") + "@example.com");
        HttpReply rebound = http().post("/auth/rebind").bearer(owner).json("{\"device_id\": \"" + device + "\"}").send();
        assertEquals(200, rebound.status(), rebound::toString);

        JsonObject share = published(owner, project, "{\"slug\": \"" + unique("offline") + "\"}");

        assertEquals("Made offline", share.getString("name"));
    }

    @Test
    void deletingTheUserRemovesTheirSharesAndProfile() {
        String owner = user("Leaving Creator", unique("leaving") + "@example.com");
        String slug = unique("gone");
        String tag = unique("gone");
        String handle = published(owner, project(owner, "Soon gone"), "{\"slug\": \"" + slug + "\", \"tags\": [\"" + tag + "\"]}")
                .getJsonObject("creator").getString("handle");

        HttpReply deleted = http().delete("/api/v1/users/me").bearer(owner).send();

        assertEquals(204, deleted.status(), deleted::toString);
        assertProblem(http().get("/public/share/" + slug).send(), 404, "Share not found");
        assertProblem(http().get("/public/creators/" + handle).send(), 404, "Creator not found");
        assertEquals(0, tagCount(tag));
    }

    @Test
    void credentialsSentToPublicEndpointsAreIgnored() {
        String owner = user("Public Reader", unique("reader") + "@example.com");
        String slug = unique("open");
        String handle = published(owner, project(owner, "Open"), "{\"slug\": \"" + slug + "\"}")
                .getJsonObject("creator").getString("handle");

        for (String path : List.of("/public/share/community", "/public/share/" + slug, "/public/tags/popular",
                "/public/creators/" + handle)) {
            HttpReply invalidBearer = http().get(path).bearer("not-a-valid-token").send();
            assertEquals(200, invalidBearer.status(), path + ": " + invalidBearer);
            HttpReply invalidCookie = http().get(path).cookie("__session", "msc_garbage").send();
            assertEquals(200, invalidCookie.status(), path + ": " + invalidCookie);
            assertEquals(200, http().get(path).send().status(), path);
        }
    }

    @Test
    void popularTagsCountPublishedProjects() {
        String owner = user("Tagger", unique("tagger") + "@example.com");
        String common = unique("common");
        String rare = unique("rare");
        publishSeveral(owner, 3, "tagged", List.of(common));
        published(owner, project(owner, "Rare"), "{\"slug\": \"" + unique("rare") + "\", \"tags\": [\"" + rare + "\", \""
                + common.toUpperCase() + "\"]}");
        project(owner, "Unpublished");

        assertEquals(4, tagCount(common));
        assertEquals(1, tagCount(rare));
        List<JsonObject> tags = http().get("/public/tags/popular?limit=100").send().json().getJsonArray("tags")
                .getValuesAs(JsonObject.class);
        for (int i = 1; i < tags.size(); i++) {
            long before = tags.get(i - 1).getJsonNumber("count").longValue();
            long now = tags.get(i).getJsonNumber("count").longValue();
            assertTrue(now < before || (now == before && tags.get(i).getString("tag").compareTo(tags.get(i - 1).getString("tag")) > 0),
                    "count desc, then tag asc: " + tags);
        }
        HttpReply two = http().get("/public/tags/popular?limit=2").send();
        assertEquals(List.of("tags"), List.copyOf(two.json().keySet()));
        assertEquals(tags.subList(0, 2), two.json().getJsonArray("tags").getValuesAs(JsonObject.class));
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private String user(String name, String email) {
        return http().sessionToken(clerk().token().subject(newUserId()).claim("email", email).claim("name", name).sign());
    }

    private String project(String token, String name) {
        HttpReply created = http().post("/projects").bearer(token).json("{\"name\": \"" + name + "\"}").send();
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private HttpReply publish(String token, String projectId, String body) {
        return http().post("/projects/" + projectId + "/publish").bearer(token).json(body).send();
    }

    private JsonObject published(String token, String projectId, String body) {
        HttpReply reply = publish(token, projectId, body);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** Publishes {@code count} new projects one after another; returns their slugs in publication order. */
    private List<String> publishSeveral(String owner, int count, String prefix, List<String> tags) {
        String tagList = tags.stream().map(t -> "\"" + t + "\"").reduce((a, b) -> a + "," + b).orElse("");
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String slug = unique(prefix + i);
            published(owner, project(owner, prefix + " " + i), "{\"slug\": \"" + slug + "\", \"tags\": [" + tagList + "]}");
            slugs.add(slug);
        }
        return slugs;
    }

    /** Every item of the feed, page by page, checking each page's size and that only the last has no cursor. */
    private List<JsonObject> walk(String sort, int limit) {
        List<JsonObject> items = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String cursor = null;
        for (int page = 0; page < 1000; page++) {
            HttpReply reply = http().get("/public/share/community?sort=" + sort + "&limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + encode(cursor))).send();
            assertEquals(200, reply.status(), reply::toString);
            assertEquals(List.of("items", "next_cursor"), List.copyOf(reply.json().keySet()));
            List<JsonObject> pageItems = reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
            items.addAll(pageItems);
            JsonValue next = reply.json().get("next_cursor");
            if (next.getValueType() == JsonValue.ValueType.NULL) {
                assertTrue(pageItems.size() <= limit);
                return items;
            }
            assertEquals(limit, pageItems.size(), "a page with a next cursor is full");
            cursor = ((JsonString) next).getString();
            assertTrue(cursors.add(cursor), "a cursor never repeats");
        }
        throw new AssertionError("the feed did not end");
    }

    private long tagCount(String tag) {
        HttpReply reply = http().get("/public/tags/popular?limit=100").send();
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("tags").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("tag").equals(tag))
                .mapToLong(entry -> entry.getJsonNumber("count").longValue())
                .findFirst()
                .orElse(0);
    }

    private static List<String> slugsOf(List<JsonObject> shares) {
        return shares.stream().map(share -> share.getString("slug")).toList();
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void assertInvalid(HttpReply reply, String detail) {
        assertProblem(reply, 422, detail);
        assertEquals("invalid_request", reply.json().getString("code"));
        assertNotNull(reply.json().get("retryable"));
    }
}
