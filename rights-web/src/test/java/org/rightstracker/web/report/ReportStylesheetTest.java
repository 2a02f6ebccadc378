package org.rightstracker.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Report pages sit inside the site layout, which links both stylesheets. The site's classes (badge,
 * total, list...) once restyled report rows (a totals row drawn as a pill); the report stylesheet now
 * keeps to its own "r-" names under .r-report, and the report templates use no other class.
 */
class ReportStylesheetTest {

    static final List<String> REPORT_TEMPLATES = List.of("checklist", "costs", "cueSheet", "expiring", "ownership");

    static final Pattern CLASS_SELECTOR = Pattern.compile("\\.([a-zA-Z][a-zA-Z0-9_-]*)");
    static final Pattern CLASS_ATTRIBUTE = Pattern.compile("class=\"((?:[^\"{]|\\{[^}]*})*)\"");

    @Test
    void everyReportRuleIsScopedToTheReportAndUsesItsOwnClassNames() throws IOException {
        String css = withoutComments(resource("/META-INF/resources/reports/report.css"));
        List<String> selectors = selectors(css);
        assertThat(selectors).hasSizeGreaterThan(40);
        assertThat(selectors).allSatisfy(selector -> assertThat(selector).startsWith(".r-report"));
        assertThat(classes(css)).allSatisfy(name -> assertThat(name).startsWith("r-"));
    }

    @Test
    void theSiteStylesheetDefinesNoReportClass() throws IOException {
        Set<String> site = classes(withoutComments(resource("/META-INF/resources/css/app.css")));
        assertThat(site).contains("badge", "total").noneMatch(name -> name.startsWith("r-"));
    }

    @Test
    void reportTemplatesUseOnlyReportClasses() throws IOException {
        for (String name : REPORT_TEMPLATES) {
            String template = resource("/templates/reports/" + name + ".html");
            Matcher attribute = CLASS_ATTRIBUTE.matcher(template);
            int seen = 0;
            while (attribute.find()) {
                // Expressions such as {cue.status.badge} produce r- names themselves (ReportFormats.badge).
                String fixed = attribute.group(1).replaceAll("\\{[^}]*}", " ");
                for (String token : fixed.trim().split("\\s+")) {
                    if (!token.isEmpty()) {
                        assertThat(token).as("class in reports/%s.html", name).startsWith("r-");
                        seen++;
                    }
                }
            }
            assertThat(seen).as("classes in reports/%s.html", name).isPositive();
        }
    }

    private static List<String> selectors(String css) {
        List<String> selectors = new ArrayList<>();
        // Rules inside @media blocks count as well: take every selector list that opens a declaration block.
        Matcher rule = Pattern.compile("([^{};]+)\\{[^{}]*}").matcher(css.replaceAll("@media[^{]*\\{", ""));
        while (rule.find()) {
            for (String selector : rule.group(1).split(",")) {
                selectors.add(selector.trim());
            }
        }
        return selectors;
    }

    private static Set<String> classes(String css) {
        Set<String> names = new TreeSet<>();
        for (String selector : selectors(css)) {
            Matcher name = CLASS_SELECTOR.matcher(selector);
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ReportStylesheetTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
