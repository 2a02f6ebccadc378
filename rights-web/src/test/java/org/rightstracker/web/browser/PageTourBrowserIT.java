package org.rightstracker.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Every page a role can reach from the dashboard, as that role sees it, at a desktop (1440 px) and a
 * phone (390 px) width: one screenshot each under target/screenshots/tour/{role}/, for people to look at
 * before calling a page done. One page per address shape (`/cues/12` and `/cues/13` are one shape).
 * It asserts what a browser alone can tell: no template expression left unrendered in the visible text.
 * It also lists, in target/screenshots/tour/overflow.txt, the pages wider than their window.
 */
class PageTourBrowserIT {

    static final Path TOUR = BrowserWindow.SCREENSHOTS.resolve("tour");
    static final int DESKTOP = 1440;
    static final int PHONE = 390;
    static final int MOST_PAGES = 100;

    /** A Qute expression or section tag as written in a template, e.g. {i.fee ?: x} or {#if}. */
    static final Pattern UNRENDERED = Pattern.compile("\\{[#/]?[a-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*( ?\\?: ?[^}]*)?}");

    /** Files and actions, not pages: downloads, sign-out. */
    static final Pattern NOT_A_PAGE =
            Pattern.compile("(format=(pdf|csv|xlsx|json))|\\.(pdf|csv|xlsx|zip|eml|ics)$|/download|/logout|/q/");

    static PackagedServer server;
    static List<String> overflow = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        BrowserWindow.requireChromium();
        server = PackagedServer.start();
        Files.createDirectories(TOUR);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        Files.writeString(TOUR.resolve("overflow.txt"), String.join("\n", overflow) + "\n", StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({
        "admin, " + PackagedServer.ADMIN_PASSWORD,
        "supervisor, supervisor-demo1",
        "producer, producer-demo1",
        "viewer, viewer-demo1"
    })
    void everyReachablePageRendersAtBothWidths(String user, String password) throws IOException {
        try (BrowserWindow window = BrowserWindow.open(server)) {
            JourneyBrowserIT.signIn(window, user, password);
            Map<String, String> pages = crawl(window);
            assertThat(pages).as("pages reachable by %s", user).hasSizeGreaterThan(5);
            assertThat(pages.keySet())
                    .as("report pages in the tour of %s", user)
                    .anyMatch(path -> path.matches("/productions/\\d+/reports/[a-z-]+"));
            List<String> unrendered = new ArrayList<>();
            List<String> widerReports = new ArrayList<>();
            List<String> errorPages = new ArrayList<>();
            for (Map.Entry<String, String> page : pages.entrySet()) {
                for (int width : new int[] {DESKTOP, PHONE}) {
                    window.driver().manage().window().setSize(new Dimension(width, 900));
                    window.go(page.getKey());
                    // The letter-template editor shows template source on purpose (marked data-template-source).
                    String text = (String) ((JavascriptExecutor) window.driver())
                            .executeScript("const body = document.body.cloneNode(true);"
                                    + " body.querySelectorAll('[data-template-source]').forEach(e => e.remove());"
                                    + " document.documentElement.appendChild(body); const text = body.innerText;"
                                    + " body.remove(); return text;");
                    // A page that answers with the error page (the demo's own data once made production pages 500).
                    if (width == DESKTOP && text.contains("Something went wrong")) {
                        errorPages.add(page.getKey());
                    }
                    var found = UNRENDERED.matcher(text);
                    if (found.find()) {
                        unrendered.add(page.getKey() + ": " + found.group());
                    }
                    Number scrollWidth = (Number) ((JavascriptExecutor) window.driver())
                            .executeScript("return document.documentElement.scrollWidth");
                    if (scrollWidth.intValue() > width) {
                        overflow.add(user + " " + width + " px " + page.getKey() + ": " + scrollWidth + " px wide");
                        if (page.getKey().contains("/reports")) {
                            widerReports.add(width + " px " + page.getKey() + ": " + scrollWidth + " px wide");
                        }
                    }
                    window.screenshot("tour/" + user + "/" + page.getValue() + "-" + width);
                }
            }
            assertThat(errorPages)
                    .as("pages answering with the error page for %s", user)
                    .isEmpty();
            assertThat(unrendered).as("template expressions shown to %s", user).isEmpty();
            // Wide report tables scroll inside their own box: no report page is wider than the window.
            assertThat(widerReports)
                    .as("report pages wider than the window for %s", user)
                    .isEmpty();
        }
    }

    /** Breadth-first over same-site links from the dashboard; one address per shape. Path → file name. */
    private static Map<String, String> crawl(BrowserWindow window) {
        Map<String, String> pages = new LinkedHashMap<>();
        Set<String> shapes = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty() && pages.size() < MOST_PAGES) {
            String path = queue.removeFirst();
            if (!shapes.add(tourShape(path))) {
                continue;
            }
            window.go(path);
            pages.put(path, String.format("%02d", pages.size()) + slug(path));
            for (WebElement link : window.driver().findElements(By.cssSelector("a[href]"))) {
                String href = link.getAttribute("href");
                if (href == null) {
                    continue;
                }
                URI uri = URI.create(href.replace(" ", "%20"));
                if (!server.url("/").startsWith(uri.getScheme() + "://" + uri.getRawAuthority())) {
                    continue;
                }
                String local = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                if (!NOT_A_PAGE.matcher(local).find() && !shapes.contains(tourShape(local))) {
                    queue.addLast(local);
                }
            }
        }
        return pages;
    }

    /**
     * Every production counts as its own page: the demo's film, episodes and series episodes without a plan
     * of their own lead to different pages (an album, a score, an EDL cut), and one of them once failed alone.
     */
    static String tourShape(String path) {
        return path.matches("/productions/\\d+") ? path : shape(path);
    }

    /** Numbers and query values do not make another kind of page. */
    static String shape(String path) {
        return path.replaceAll("\\d+", "N").replaceAll("=[^&]*", "=");
    }

    static String slug(String path) {
        String slug = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
        return slug.isEmpty() || slug.equals("-") ? "-dashboard" : slug;
    }
}
