package org.rightstracker.web.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.page.Visitor;
import org.rightstracker.web.testing.DatabaseFingerprint;

/**
 * Every post form of the pages an administrator reaches from the fixture's production, cue, work,
 * recording, party and the admin pages (a form added later joins by itself), sent bad input one control at
 * a time: 100 KB texts, negative, huge and non-numeric numbers, impossible dates, unknown choices and ids,
 * a missing, unreadable or stale version, a missing or forged CSRF token. None may answer 5xx; a refusal
 * shows the form's message or the product's error page and leaves the database as it was; a value no
 * column can hold is never accepted.
 */
@QuarkusTest
class GeneratedFormBadInputTest {

    private static final String LONG_TEXT = JsonProbes.LONG_TEXT;
    private static final byte[] PROBE_FILE = "probe".getBytes(StandardCharsets.UTF_8);
    private static final int MAX_PAGES = 80;

    /** Forms not probed, and why. */
    private static final Map<String, String> NOT_PROBED =
            Map.of("/logout", "signing out ends the session every other request of this test uses");

    @Inject
    BadInputWorld world;

    @Inject
    DatabaseFingerprint database;

    private BadInputWorld.Fixture fixture;
    private Visitor admin;
    private final List<String> findings = new ArrayList<>();
    private int sent;

    /** A form as fetched just now, with the CSRF cookie its token belongs to. */
    record Fetched(PageForms.Form form, String csrfCookie) {}

    /** One submission: what it breaks, whether it must be refused, what it sends. */
    record Variant(String description, boolean mustRefuse, List<Map.Entry<String, String>> values, byte[] file) {}

    @Test
    void everyFormRefusesBadInputWithoutA5xxAndSavesNothing() {
        fixture = world.ensure();
        long started = System.currentTimeMillis();
        admin = Visitor.signIn(fixture.admin(), fixture.password());
        Map<String, Fetched> forms = crawl();
        assertThat(forms.keySet().stream().map(s -> s.substring(0, s.indexOf(' '))))
                .as("forms found")
                .contains(
                        "/cues/{n}",
                        "/productions/{n}",
                        "/works/{n}",
                        "/recordings/{n}",
                        "/parties/{n}",
                        "/clearance-items/{n}/terms",
                        "/cues/{n}/documents",
                        "/admin/users/{n}/enabled");
        for (Map.Entry<String, Fetched> entry : forms.entrySet()) {
            probe(entry.getKey(), entry.getValue());
        }
        System.out.printf(
                "Generated form bad input: %d forms, %d requests in %d ms%n",
                forms.size(), sent, System.currentTimeMillis() - started);
        assertThat(findings)
                .as(findings.size() + " findings in " + sent + " requests")
                .isEmpty();
    }

    /** Pages reachable from the fixture's pages, and on them the first form of each shape that targets the fixture. */
    private Map<String, Fetched> crawl() {
        Deque<String> pending = new ArrayDeque<>(List.of(
                "/",
                "/productions/" + fixture.idFor("productions"),
                "/cues/" + fixture.idFor("cues"),
                "/works/" + fixture.idFor("works"),
                "/recordings/" + fixture.idFor("recordings"),
                "/parties/" + fixture.idFor("parties"),
                "/admin/users"));
        Set<String> visited = new LinkedHashSet<>();
        Map<String, Fetched> forms = new TreeMap<>();
        Set<String> outsideFixture = new LinkedHashSet<>();
        while (!pending.isEmpty() && visited.size() < MAX_PAGES) {
            String path = pending.poll();
            if (!visited.add(path)) {
                continue;
            }
            Response response = admin.get(path);
            String type = response.contentType() == null ? "" : response.contentType();
            if (response.statusCode() != 200 || !type.startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.asString(), "http://localhost" + path);
            for (PageForms.Form form : PageForms.postForms(page, path)) {
                if (NOT_PROBED.containsKey(form.template())) {
                    continue;
                }
                if (ofFixture(form.action())) {
                    forms.putIfAbsent(form.shape(), new Fetched(form, response.cookie("csrf-token")));
                } else {
                    outsideFixture.add(form.shape());
                }
            }
            for (String href : page.select("a[href]").eachAttr("href")) {
                String link = href.replaceFirst("[?#].*$", "");
                if (link.startsWith("/") && !link.startsWith("//") && inScope(link) && !visited.contains(link)) {
                    pending.add(link);
                }
            }
        }
        outsideFixture.removeAll(forms.keySet());
        assertThat(outsideFixture)
                .as("forms seen only for records outside the fixture: give BadInputWorld one of those records")
                .isEmpty();
        return forms;
    }

    private boolean inScope(String path) {
        if (path.startsWith("/logout") || path.startsWith("/q/") || path.startsWith("/webjars/")) {
            return false;
        }
        return ofFixture(path);
    }

    private boolean ofFixture(String path) {
        return PageForms.ids(path).stream().allMatch(id -> fixture.isFixture(id.getKey(), id.getValue()));
    }

    private void probe(String shape, Fetched found) {
        // Fetched again: a form found earlier may carry a version that other forms' accepted changes raised.
        Fetched current = refetch(shape, found.form().page());
        if (current == null) {
            findings.add(shape + ": the form is no longer on " + found.form().page());
            return;
        }
        List<Variant> variants = variants(current.form());
        for (int i = 0; i < variants.size(); i++) {
            Variant variant = variants.get(i);
            Map<String, String> before = database.take();
            Response response = post(current, variant);
            sent++;
            boolean accepted = check(variant, response, before);
            if (accepted) {
                // The change may have raised the version: the rest are made from the form as it is now. The
                // same form may offer other fields after the change (a requested licence's step form adds
                // MFN for the quote), so it is found again by its address.
                current = refetchAction(current.form().action(), current.form().page());
                if (current == null) {
                    findings.add(shape + ": the form is gone after " + variant.description() + " was accepted");
                    return;
                }
                variants = variants(current.form());
            }
        }
    }

    private List<Variant> variants(PageForms.Form form) {
        List<Variant> variants = new ArrayList<>();
        String at = form.template();
        List<PageForms.Control> controls = form.controls();
        for (int i = 0; i < controls.size(); i++) {
            PageForms.Control control = controls.get(i);
            String name = control.name();
            if (name.equals("csrf-token") || name.equals("version")) {
                continue;
            }
            switch (control.kind()) {
                case TEXT -> add(variants, form, i, LONG_TEXT, at + " " + name + ": a 100 KB text", true);
                case REFERENCE -> {
                    add(variants, form, i, LONG_TEXT, at + " " + name + ": a 100 KB text", true);
                    add(variants, form, i, "Nobody [#999999999]", at + " " + name + ": an unknown record", true);
                }
                case NUMBER -> {
                    add(variants, form, i, "-5", at + " " + name + ": a negative number", true);
                    add(variants, form, i, "9".repeat(30), at + " " + name + ": a huge number", true);
                    add(variants, form, i, "abc", at + " " + name + ": a word for a number", true);
                }
                case DATE -> add(variants, form, i, "2026-13-45", at + " " + name + ": an impossible date", true);
                case CHOICE -> {
                    add(variants, form, i, "NO_SUCH_VALUE", at + " " + name + ": an unknown choice", true);
                    if (control.options().stream().anyMatch(o -> o.matches("\\d+"))) {
                        add(variants, form, i, "999999999", at + " " + name + ": an unknown id", true);
                    }
                }
                case CHECKBOX -> add(variants, form, i, "garbage", at + " " + name + ": an odd tick value", false);
                case HIDDEN -> add(variants, form, i, LONG_TEXT, at + " " + name + ": a 100 KB hidden value", false);
                case BUTTON -> {
                    if (control.sent()) {
                        add(variants, form, i, "NO_SUCH_VALUE", at + " " + name + ": an unknown button", false);
                    }
                }
                case FILE -> variants.add(new Variant(at + " " + name + ": no file", false, form.values(), null));
            }
        }
        // Rows post one list per column: a column one value short must not break the others.
        List<Map.Entry<String, String>> values = form.values();
        for (String repeated : values.stream().map(Map.Entry::getKey).distinct().toList()) {
            List<Map.Entry<String, String>> shorter = new ArrayList<>(values);
            int last = -1;
            for (int i = 0; i < values.size(); i++) {
                last = values.get(i).getKey().equals(repeated) ? i : last;
            }
            if (values.stream().filter(v -> v.getKey().equals(repeated)).count() > 1) {
                shorter.remove(last);
                variants.add(new Variant(at + " " + repeated + ": a value short", false, shorter, PROBE_FILE));
            }
        }
        if (form.has("version")) {
            variants.add(new Variant(at + ": no version", true, without(form.values(), "version"), PROBE_FILE));
            variants.add(new Variant(
                    at + ": an unreadable version", true, replaced(form.values(), "version", "abc"), PROBE_FILE));
            // An edit form that carries its baseline merges a stale save field by field instead of refusing
            // it (EditConflictTest); a stale save of unchanged fields is then rightly accepted.
            variants.add(new Variant(
                    at + ": a stale version",
                    !form.has("baseline"),
                    replaced(form.values(), "version", "999999"),
                    PROBE_FILE));
        }
        variants.add(new Variant(at + ": no CSRF token", true, without(form.values(), "csrf-token"), PROBE_FILE));
        variants.add(new Variant(
                at + ": a forged CSRF token", true, replaced(form.values(), "csrf-token", "forged"), PROBE_FILE));
        return variants;
    }

    private static void add(
            List<Variant> variants, PageForms.Form form, int index, String value, String description, boolean must) {
        List<Map.Entry<String, String>> values = new ArrayList<>();
        List<PageForms.Control> controls = form.controls();
        for (int i = 0; i < controls.size(); i++) {
            PageForms.Control control = controls.get(i);
            if (i == index) {
                values.add(Map.entry(control.name(), value));
            } else if (control.sent()) {
                values.add(Map.entry(control.name(), control.value()));
            }
        }
        variants.add(new Variant(description, must, values, PROBE_FILE));
    }

    private static List<Map.Entry<String, String>> without(List<Map.Entry<String, String>> values, String name) {
        return values.stream().filter(v -> !v.getKey().equals(name)).toList();
    }

    private static List<Map.Entry<String, String>> replaced(
            List<Map.Entry<String, String>> values, String name, String value) {
        return values.stream()
                .map(v -> v.getKey().equals(name) ? Map.entry(name, value) : v)
                .toList();
    }

    private Response post(Fetched fetched, Variant variant) {
        RequestSpecification request = admin.request();
        if (fetched.csrfCookie() != null) {
            request = request.cookie("csrf-token", fetched.csrfCookie());
        }
        PageForms.Form form = fetched.form();
        if (form.multipart()) {
            for (Map.Entry<String, String> value : variant.values()) {
                request = request.multiPart(value.getKey(), value.getValue());
            }
            for (PageForms.Control control : form.controls()) {
                if (control.kind() == PageForms.Kind.FILE && variant.file() != null) {
                    request = request.multiPart(control.name(), "probe.txt", variant.file(), "text/plain");
                }
            }
        } else {
            Map<String, List<String>> grouped = new LinkedHashMap<>();
            for (Map.Entry<String, String> value : variant.values()) {
                grouped.computeIfAbsent(value.getKey(), k -> new ArrayList<>()).add(value.getValue());
            }
            request = request.contentType("application/x-www-form-urlencoded; charset=UTF-8");
            for (Map.Entry<String, List<String>> value : grouped.entrySet()) {
                request = request.formParam(value.getKey(), value.getValue());
            }
        }
        return request.post(form.action());
    }

    /** Records what is wrong with the answer; true when the request was accepted (and so may have changed data). */
    private boolean check(Variant variant, Response response, Map<String, String> before) {
        int status = response.statusCode();
        String what = variant.description() + " → " + status;
        if (status >= 500) {
            findings.add(what + " (a server error): " + text(response));
            return true;
        }
        if (status < 400) {
            if (variant.mustRefuse()) {
                findings.add(what + ": accepted, but it must be refused");
            }
            return true;
        }
        Document answer = Jsoup.parse(response.asString());
        if (answer.select(".error-summary, .error, .error-page, .alert, [role=alert]")
                .isEmpty()) {
            findings.add(what + ": refused without a message or the error page: " + text(response));
        }
        List<String> changed = DatabaseFingerprint.differences(before, database.take());
        if (!changed.isEmpty()) {
            findings.add(what + ": refused, yet the database changed: " + changed);
        }
        return false;
    }

    private Fetched refetch(String shape, String page) {
        return refetch(page, f -> f.shape().equals(shape) && ofFixture(f.action()));
    }

    private Fetched refetchAction(String action, String page) {
        return refetch(page, f -> f.action().equals(action));
    }

    /** The page as it is now, and on it the first post form that matches. */
    private Fetched refetch(String page, java.util.function.Predicate<PageForms.Form> matching) {
        Response response = admin.get(page);
        if (response.statusCode() != 200) {
            return null;
        }
        Document document = Jsoup.parse(response.asString(), "http://localhost" + page);
        return PageForms.postForms(document, page).stream()
                .filter(matching)
                .findFirst()
                .map(f -> new Fetched(f, response.cookie("csrf-token")))
                .orElse(null);
    }

    private static String text(Response response) {
        String body = Jsoup.parse(response.asString()).text();
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
