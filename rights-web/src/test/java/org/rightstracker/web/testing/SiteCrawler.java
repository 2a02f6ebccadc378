package org.rightstracker.web.testing;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Walks the site as one signed-in user: breadth-first over every same-site link ({@code a[href]}) from
 * the start pages, at most {@link #perPattern} addresses per URL pattern (ids replaced by {@code {n}})
 * and {@link #maxPages} in all, so new pages join by being linked. It records every page with its
 * status, checks each HTML page for template text left unrendered, and collects every POST form it
 * saw, which {@link #submitEmptied} can send back with its own CSRF token, its fields emptied and its
 * version stale.
 *
 * <p>Usage: {@code SiteCrawler.as(visitor::request).expect(otherTeamsPage, 404).crawl("/")}. Anything
 * other than a 200 (or the status {@link #expect}ed for an address) is a problem in the {@link Result};
 * downloads (any content type but HTML) are fetched for their status and not read.
 */
public final class SiteCrawler {

    /** What only a template left unrendered shows: an expression, a section tag, a comment, an elvis. */
    public static final Pattern UNRENDERED =
            Pattern.compile("\\{(?:[#/!]|inject:|[a-z][A-Za-z0-9_]*(?:[.}:]|\\s*\\?:))|\\s\\?:\\s");

    /** The field a form carries its CSRF token in, and the cookie that pairs with it. */
    public static final String CSRF_FIELD = "csrf-token";

    public static final String CSRF_COOKIE = "csrf-token";

    private static final Pattern NUMBER = Pattern.compile("[0-9]+");
    private static final Pattern TOKEN = Pattern.compile("[0-9a-fA-F-]{16,}|[A-Za-z0-9_-]{32,}");

    private final Supplier<RequestSpecification> requests;
    private final Map<String, Integer> expected = new HashMap<>();
    private final Set<String> skipped = new LinkedHashSet<>();
    private int maxPages = 400;
    private int perPattern = 2;

    private SiteCrawler(Supplier<RequestSpecification> requests) {
        this.requests = requests;
    }

    /** @param requests a request carrying the user's session, not following redirects (e.g. {@code visitor::request}) */
    public static SiteCrawler as(Supplier<RequestSpecification> requests) {
        return new SiteCrawler(requests);
    }

    /** The status an address must answer instead of 200, e.g. 404 for another team's production. */
    public SiteCrawler expect(String url, int status) {
        expected.put(url, status);
        return this;
    }

    /** Paths never requested (by prefix), e.g. ones that end the session. */
    public SiteCrawler skip(String pathPrefix) {
        skipped.add(pathPrefix);
        return this;
    }

    public SiteCrawler limit(int maxPages, int perPattern) {
        this.maxPages = maxPages;
        this.perPattern = perPattern;
        return this;
    }

    /** One address requested: its pattern, status, content type and, for HTML, the parsed page. */
    public record Page(String url, String pattern, int status, String contentType, Document html, String csrfCookie) {

        public boolean isHtml() {
            return html != null;
        }
    }

    /** One input of a form as the page wrote it. */
    public record Field(String name, String type, String value) {}

    /**
     * A POST form seen on a page.
     *
     * @param csrfCookie the CSRF cookie the page was served with, which the form's token pairs with
     */
    public record Form(
            String page, String action, String pattern, boolean multipart, List<Field> fields, String csrfCookie) {

        public List<String> names() {
            return fields.stream().map(Field::name).distinct().toList();
        }
    }

    /**
     * What a crawl found.
     *
     * @param forms one per distinct action pattern and field set, in the order first seen
     * @param problems one sentence per wrong status or unrendered text, naming the address
     */
    public record Result(List<Page> pages, List<Form> forms, List<String> problems) {

        public Set<String> patterns() {
            Set<String> patterns = new LinkedHashSet<>();
            pages.forEach(p -> patterns.add(p.pattern()));
            return patterns;
        }

        public List<Page> htmlPages() {
            return pages.stream().filter(Page::isHtml).toList();
        }
    }

    /** Visits the start addresses and everything same-site they link to, within the limits. */
    public Result crawl(String... starts) {
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> perPatternCount = new HashMap<>();
        for (String start : starts) {
            if (seen.add(start)) {
                queue.add(start);
            }
        }
        List<Page> pages = new ArrayList<>();
        Map<String, Form> forms = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        while (!queue.isEmpty() && pages.size() < maxPages) {
            String url = queue.poll();
            String pattern = pattern(url);
            boolean start = List.of(starts).contains(url);
            if (!start && perPatternCount.merge(pattern, 1, Integer::sum) > perPattern) {
                continue;
            }
            Page page = visit(url, pattern);
            pages.add(page);
            int wanted = expected.getOrDefault(url, 200);
            if (page.status() != wanted) {
                problems.add("GET " + url + " answered " + page.status() + ", expected " + wanted);
            }
            if (!page.isHtml() || page.status() != 200) {
                continue;
            }
            for (String text : unrendered(page.html())) {
                problems.add("GET " + url + " shows unrendered template text: " + text);
            }
            for (String link : links(page)) {
                if (seen.add(link)) {
                    queue.add(link);
                }
            }
            for (Form form : forms(page)) {
                forms.putIfAbsent(form.pattern() + " " + new TreeMap<>(fieldKey(form)), form);
            }
        }
        return new Result(pages, List.copyOf(forms.values()), problems);
    }

    /**
     * Posts the form as a browser would after a user cleared every field: the page's CSRF token (and
     * its cookie) kept, each {@code version} field set stale, check boxes and files left out.
     */
    public Response submitEmptied(Form form) {
        RequestSpecification request = requests.get();
        if (form.csrfCookie() != null) {
            request = request.cookie(CSRF_COOKIE, form.csrfCookie());
        }
        for (Field field : form.fields()) {
            String value = emptied(field);
            if (value == null) {
                continue;
            }
            request =
                    form.multipart() ? request.multiPart(field.name(), value) : request.formParam(field.name(), value);
        }
        if (!form.multipart()) {
            request = request.contentType("application/x-www-form-urlencoded; charset=UTF-8");
        }
        return request.post(form.action());
    }

    /** The address with every number as {@code {n}}, long tokens as {@code {token}} and query values likewise. */
    public static String pattern(String url) {
        URI uri = URI.create(url);
        StringBuilder pattern = new StringBuilder();
        for (String segment : uri.getRawPath().split("/", -1)) {
            if (pattern.length() > 0 || !segment.isEmpty()) {
                pattern.append('/');
            }
            pattern.append(generalise(segment));
        }
        if (pattern.length() == 0) {
            pattern.append('/');
        }
        if (uri.getRawQuery() != null) {
            Map<String, String> query = new TreeMap<>();
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? generalise(kv[1]) : "");
            }
            StringBuilder q = new StringBuilder();
            query.forEach((k, v) ->
                    q.append(q.length() == 0 ? "?" : "&").append(k).append('=').append(v));
            pattern.append(q);
        }
        return pattern.toString();
    }

    /** Unrendered template text in the page's visible text and in every attribute value. */
    public static List<String> unrendered(Document page) {
        List<String> found = new ArrayList<>();
        // A page may show template source on purpose (the letter template editor): it marks those parts.
        Document html = page.clone();
        html.select("[data-template-source]").remove();
        collect(html.text(), "text", found);
        for (Element element : html.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                collect(attribute.getValue(), element.tagName() + "@" + attribute.getKey(), found);
            }
        }
        return found;
    }

    private static void collect(String text, String where, List<String> found) {
        Matcher matcher = UNRENDERED.matcher(text);
        int reportedUpTo = -1;
        while (matcher.find()) {
            if (matcher.start() < reportedUpTo) {
                continue; // one expression can match twice (its start and its elvis): report it once
            }
            int from = Math.max(0, matcher.start() - 30);
            int to = Math.min(text.length(), matcher.end() + 50);
            reportedUpTo = to;
            found.add("[" + where + "] …" + text.substring(from, to) + "…");
        }
    }

    private Page visit(String url, String pattern) {
        Response response = requests.get().get(url);
        String type = response.contentType() == null ? "" : response.contentType();
        Document html = type.toLowerCase(Locale.ROOT).startsWith("text/html")
                ? Jsoup.parse(response.asString(), "http://localhost" + url)
                : null;
        return new Page(url, pattern, response.statusCode(), type, html, response.cookie(CSRF_COOKIE));
    }

    private List<String> links(Page page) {
        List<String> links = new ArrayList<>();
        for (Element anchor : page.html().select("a[href]")) {
            String link = sameSite(page.url(), anchor.attr("href"));
            if (link != null && skipped.stream().noneMatch(link::startsWith)) {
                links.add(link);
            }
        }
        return links;
    }

    /** The link as a path with query, when it leads to this site; null otherwise. */
    static String sameSite(String from, String href) {
        String trimmed = href.strip();
        if (trimmed.isEmpty()
                || trimmed.startsWith("#")
                || trimmed.startsWith("//")
                || trimmed.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !trimmed.startsWith("http://localhost")) {
            return null;
        }
        try {
            URI resolved = URI.create("http://localhost" + from).resolve(trimmed.replace(" ", "%20"));
            if (!"localhost".equals(resolved.getHost())) {
                return null;
            }
            String path =
                    resolved.getRawPath() == null || resolved.getRawPath().isEmpty() ? "/" : resolved.getRawPath();
            return resolved.getRawQuery() == null ? path : path + "?" + resolved.getRawQuery();
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static List<Form> forms(Page page) {
        List<Form> forms = new ArrayList<>();
        for (Element form : page.html().select("form")) {
            if (!"post".equalsIgnoreCase(form.attr("method"))) {
                continue;
            }
            String action = sameSite(page.url(), form.attr("action").isBlank() ? page.url() : form.attr("action"));
            if (action == null) {
                continue;
            }
            List<Field> fields = new ArrayList<>();
            for (Element input : form.select("input[name], select[name], textarea[name]")) {
                String type =
                        input.tagName().equals("input") ? input.attr("type").toLowerCase(Locale.ROOT) : input.tagName();
                if (List.of("submit", "button", "image", "reset").contains(type)) {
                    continue;
                }
                fields.add(new Field(input.attr("name"), type.isEmpty() ? "text" : type, input.val()));
            }
            boolean multipart = "multipart/form-data".equalsIgnoreCase(form.attr("enctype"));
            forms.add(new Form(page.url(), action, pattern(action), multipart, fields, page.csrfCookie()));
        }
        return forms;
    }

    private static Map<String, String> fieldKey(Form form) {
        Map<String, String> key = new TreeMap<>();
        form.fields().forEach(f -> key.put(f.name(), f.type()));
        return key;
    }

    private static String emptied(Field field) {
        if (field.name().equals(CSRF_FIELD)) {
            return field.value();
        }
        if (field.name().equals("version") || field.name().endsWith("Version")) {
            return "-1";
        }
        if (List.of("checkbox", "radio", "file").contains(field.type())) {
            return null;
        }
        return "";
    }

    private static String generalise(String value) {
        if (NUMBER.matcher(value).matches()) {
            return "{n}";
        }
        Matcher numbered = Pattern.compile("([0-9]+)(\\.[a-z]+)").matcher(value);
        if (numbered.matches()) {
            return "{n}" + numbered.group(2);
        }
        return TOKEN.matcher(value).matches() ? "{token}" : value;
    }
}
