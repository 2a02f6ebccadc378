package org.rightstracker.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The main journey of a music supervisor in a real headless Chromium against the packaged
 * application: sign in, set up a production with its release plan, add a song cue with its work (two
 * publishers) and recording (one label), take every licence from request to executed, and watch the
 * cue clear and the production's progress move; then a refused form and two browsers editing one cue.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneyBrowserIT {

    static PackagedServer server;
    static BrowserWindow browser;
    static String cuePath;
    static String productionPath;

    @BeforeAll
    static void start() throws Exception {
        BrowserWindow.requireChromium();
        server = PackagedServer.start();
        browser = BrowserWindow.open(server);
        signIn(browser, "supervisor", "supervisor-demo1");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    static void signIn(BrowserWindow window, String user, String password) {
        window.go("/login");
        window.type("#j_username", user);
        window.type("#j_password", password);
        window.click("form button[type=submit]");
        window.waitForPath("/");
    }

    @Test
    @Order(1)
    void aSupervisorSetsUpTheCatalogueWithShareEditors() {
        for (String[] party : List.of(
                new String[] {"Lantern Row Music", "PUBLISHER"},
                new String[] {"Brightwater Songs", "PUBLISHER"},
                new String[] {"Quayside Records", "RECORD_LABEL"})) {
            browser.go("/parties/new");
            browser.type("#name", party[0]);
            browser.click("input[name=roles][value=" + party[1] + "]");
            browser.click(".form-actions button[type=submit]");
            browser.waitForPath("/parties/\\d+");
            assertThat(browser.text("#messages")).contains("Added " + party[0]);
        }

        browser.go("/works/new");
        browser.type("#title", "Harbour Song");
        browser.type("#iswc", "T-927.026.476-1");
        browser.waitForText("#iswc-check", "T-927.026.476-1 is valid.");
        browser.type("#publishers-0-partyId", "Lantern Row Music");
        browser.type("#publishers-0-share", "50");
        browser.waitForText("#publisher-total", "50% is not accounted for");
        browser.click("#publishers [data-add-row]");
        browser.type("#publishers-new1-partyId", "Brightwater Songs");
        browser.type("#publishers-new1-share", "50");
        // The running total is worked out by the server as the user types.
        browser.waitForText("#publisher-total", "Complete: the publisher shares add up to 100%.");
        browser.click(".form-actions button[value=save]");
        browser.waitForPath("/works/\\d+");
        assertThat(browser.text("#publishers-title")).contains("100%");

        browser.go("/recordings/new");
        browser.type("#title", "Harbour Song");
        browser.type("#artist", "The Quayside Band");
        browser.type("#isrc", "GB-LNT-25-00042");
        browser.waitForText("#isrc-check", "is valid");
        browser.type("#work", "Harbour Song");
        browser.type("#owners-0-partyId", "Quayside Records");
        browser.type("#owners-0-share", "100");
        browser.click(".form-actions button[value=save]");
        browser.waitForPath("/recordings/\\d+");
        assertThat(browser.text("#owners-title")).contains("100%");
    }

    @Test
    @Order(2)
    void aProductionWithItsReleasePlanGetsASongCue() {
        browser.go("/productions/new");
        browser.type("#title", "The Lighthouse Keeper");
        browser.type("#productionNumber", "LK-2026-07");
        browser.type("#runtime", "1:38:00");
        browser.type("#budget", "180,000");
        browser.click("input[name=planMedia][value=ALL_MEDIA]");
        browser.type("#planTerritories", "WORLD");
        browser.date("#planTermStart", "2026-01-01");
        browser.date("#releaseDate", "2026-10-02");
        browser.click(".form-actions button[type=submit]");
        browser.waitForPath("/productions/\\d+");
        productionPath = browser.path();
        assertThat(browser.text("section[aria-labelledby=sum-plan]"))
                .contains("All media")
                .contains("World")
                .contains("In perpetuity");
        assertThat(browser.text("#cue-list")).contains("No cues yet.");

        browser.click("a.button[href$='/cues/new']");
        browser.type("#number", "2M7");
        browser.type("#title", "Harbour Song (radio)");
        browser.choose("#usage", "BV");
        browser.type("#recording", "Harbour Song");
        browser.type("#duration", "0:52");
        browser.type("#scene", "The keeper tunes the radio");
        browser.click(".form-actions button[type=submit]");
        browser.waitForPath("/cues/\\d+");
        cuePath = browser.path();
        assertThat(browser.text("#cue-status")).contains("Not started");
        assertThat(browser.all("tbody.item")).hasSize(3);

        browser.go(productionPath);
        assertThat(browser.text("section[aria-labelledby=sum-clearance]")).contains("0 of 1");
    }

    @Test
    @Order(3)
    void everyLicenceIsTakenFromRequestToExecutedAndTheCueClearsInPlace() throws Exception {
        browser.go(cuePath);
        // A marker on the window survives only as long as the page is not reloaded: every step below
        // must update the page in place.
        ((JavascriptExecutor) driverOf()).executeScript("window.stillThisPage = true;");
        List<String> items = browser.all("tbody.item").stream()
                .map(e -> e.getAttribute("id"))
                .toList();
        for (String item : items) {
            String fee = item.equals(items.get(items.size() - 1)) ? "9000" : "6000";
            step(item, "REQUESTED", null, "Requested");
            if (item.equals(items.get(0))) {
                // A quote without its fee is refused in place: the form stays open with the message.
                browser.click("#" + item + " details.panel:nth-of-type(1) > summary");
                browser.click("#" + item + " button[name=target][value=QUOTED]");
                browser.waitForText("#" + item + " .error-summary", "Record the fee quoted by Lantern Row Music");
                assertThat(browser.text("#" + item + " [data-item-status]")).isEqualTo("Requested");
            }
            step(item, "QUOTED", fee, "Quoted");
            step(item, "APPROVED", null, "Approved");
            browser.click("#" + item + " details.panel:nth-of-type(2) > summary");
            browser.click("#" + item + " [data-fill-plan]");
            browser.click("#" + item + " form[action$='/terms'] button[type=submit]");
            browser.waitForText("#messages", "Saved the terms");
            // "Mark licensed…" asks for confirmation (and invites the signed licence) before it records anything.
            if (browser.all("#" + item + " details.panel:nth-of-type(1)[open]").isEmpty()) {
                browser.click("#" + item + " details.panel:nth-of-type(1) > summary");
            }
            browser.click("#" + item + " button[name=target][value=LICENSED]");
            browser.waitForText("#" + item + " details.licensed-confirm[open]", "Confirm the executed licence");
            assertThat(browser.text("#" + item + " [data-item-status]")).isEqualTo("Approved");
            browser.click("#" + item + " form[action$='/licensed'] button[type=submit]");
            browser.waitForText("#" + item + " [data-item-status]", "Licensed");
        }

        browser.waitForText("#cue-status .badge.big", "Cleared");
        assertThat((Boolean) ((JavascriptExecutor) driverOf()).executeScript("return window.stillThisPage === true;"))
                .as("the steps updated the page in place")
                .isTrue();
        assertThat(browser.text("#clearance"))
                .contains("Covers the release plan")
                .doesNotContain("Not requested");
        assertThat(browser.text("#cue-status")).contains("USD 21,000.00");
        assertThat(browser.policyViolations()).as("nothing refused by the CSP").isEmpty();
        browser.screenshot("cue");

        browser.go(productionPath);
        assertThat(browser.text("section[aria-labelledby=sum-clearance]")).contains("1 of 1");
        browser.screenshot("production-journey");

        browser.go("/");
        WebElement card = browser.find("article.production-card:has(a[href='" + productionPath + "'])");
        assertThat(card.getText()).contains("1 of 1 cues cleared (100%)").contains("Cleared");
        browser.screenshot("dashboard");

        browser.go(firstDemoProduction());
        browser.screenshot("production");
    }

    @Test
    @Order(4)
    void aRefusedFormComesBackWithItsMessagesAndWhatWasTyped() throws Exception {
        browser.go(cuePath + "/edit");
        browser.type("#title", "");
        browser.type("#timecodeIn", "01:02:03:04");
        browser.type("#timecodeOut", "01:01:00:00");
        browser.click(".form-actions button[type=submit]");

        assertThat(browser.text(".error-summary"))
                .contains("There are 2 problems")
                .contains("Title is required.");
        assertThat(browser.text("#title-error")).isEqualTo("Title is required.");
        assertThat(browser.text("#timecodeOut-error")).contains("must be after timecode in");
        assertThat(browser.value("#timecodeIn")).isEqualTo("01:02:03:04");
        assertThat(browser.value("#number")).isEqualTo("2M7");
        browser.screenshot("validation");
    }

    @Test
    @Order(5)
    void twoBrowsersEditTheSameCueAndNeitherLosesAChange() throws Exception {
        try (BrowserWindow other = BrowserWindow.open(server)) {
            signIn(other, "admin", PackagedServer.ADMIN_PASSWORD);
            browser.go(cuePath + "/edit");
            other.go(cuePath + "/edit");

            // Different fields: the later save merges and goes straight through, naming what it kept.
            browser.type("#scene", "Dockside at night");
            browser.click(".form-actions button[type=submit]");
            browser.waitForPath("/cues/\\d+");
            assertThat(browser.text("#messages")).contains("Saved cue 2M7.");
            other.type("#notes", "Check the radio edit with the label");
            other.click(".form-actions button[type=submit]");
            other.waitForPath("/cues/\\d+");
            assertThat(other.text("#messages")).contains("Saved cue 2M7.").contains("change to Scene.");
            assertThat(other.source()).contains("Dockside at night").contains("Check the radio edit with the label");

            // The same field: both values side by side, and the second editor chooses.
            browser.go(cuePath + "/edit");
            other.go(cuePath + "/edit");
            browser.type("#moods", "tense");
            browser.click(".form-actions button[type=submit]");
            browser.waitForPath("/cues/\\d+");
            other.type("#moods", "nocturnal");
            other.click(".form-actions button[type=submit]");
            assertThat(other.text(".conflict"))
                    .contains("Someone else changed this while you were editing.")
                    .contains("supervisor changed the moods of cue 2M7")
                    .contains("nocturnal")
                    .contains("tense");
            other.screenshot("conflict");
            other.choose("select[name=keep]", "moods:theirs");
            other.click(".form-actions button[type=submit]");
            other.waitForPath("/cues/\\d+");
            assertThat(other.text("#messages")).contains("Saved cue 2M7.");
            assertThat(other.source()).contains("tense").doesNotContain("nocturnal");
        }
    }

    /**
     * The supervisor's daily loop on a new song with two publishers (50/50) and a label, from the cue
     * page to three executed licences: "Request all", one request letter, one quote form per licence
     * (fee typed, scope and term pre-filled from the release plan), then approve and mark licensed for
     * the ticked cue in bulk. Counted below: 17 clicks and 4 typed fields, 21 actions (about 42 before
     * the one quote form, request all, letters and bulk steps existed).
     */
    @Test
    @Order(6)
    void aSongIsClearedWithRequestAllOneLetterOneQuoteFormPerLicenceAndBulkSteps() throws Exception {
        // Set-up, not counted: the cue itself.
        browser.go(productionPath + "/cues/new");
        browser.type("#number", "2M8");
        browser.type("#title", "Harbour Song (reprise)");
        browser.choose("#usage", "BV");
        browser.type("#recording", "Harbour Song");
        browser.type("#duration", "0:40");
        browser.click(".form-actions button[type=submit]");
        browser.waitForPath("/cues/\\d+");
        String cue = browser.path();
        String cueId = cue.substring(cue.lastIndexOf('/') + 1);
        int[] actions = {0};
        java.util.function.Consumer<String> click = css -> {
            browser.click(css);
            actions[0]++;
        };
        java.util.function.BiConsumer<String, String> type = (css, text) -> {
            browser.type(css, text);
            actions[0]++;
        };

        // 1 click: every licence of the cue requested at once.
        click.accept("form.request-all button[type=submit]");
        browser.waitForText("#clearance", "Requested");
        List<String> items = browser.all("tbody.item").stream()
                .map(e -> e.getAttribute("id"))
                .toList();
        assertThat(items).hasSize(3);
        for (String item : items) {
            assertThat(browser.text("#" + item + " [data-item-status]")).isEqualTo("Requested");
        }

        // 2 clicks and 1 field: one letter to the first publisher (no mail server here: sent by hand and
        // confirmed, recorded on the licence's timeline), then 1 click back to the cue.
        click.accept("#" + items.get(0) + " a[href*='/letters/request?party=']");
        browser.waitForPath("/productions/\\d+/letters/request");
        assertThat(browser.text(".letter-preview")).contains("Harbour Song (reprise)");
        type.accept("#recipient", "licensing@lanternrow.example");
        click.accept("button[name=action][value=confirm]");
        browser.waitForText("#messages", "Recorded the letter as sent by hand");
        browser.go(cue);
        actions[0]++;
        browser.waitForText("#" + items.get(0), "Letter sent by hand");

        // 2 clicks and 1 field per licence: open "Record a step", type the fee, "Record quote".
        for (String item : items) {
            click.accept("#" + item + " details.panel:nth-of-type(1) > summary");
            type.accept("#" + item + "-quotedFee", "4000");
            click.accept("#" + item + " button[name=target][value=QUOTED]");
            browser.waitForText("#" + item + " [data-item-status]", "Quoted");
        }
        assertThat(browser.text("#clearance")).contains("Covers the release plan");

        // 3 clicks each: tick the cue on the production page, the bulk step, confirm.
        browser.go(productionPath);
        actions[0]++;
        for (String target : List.of("APPROVED", "LICENSED")) {
            click.accept("#select-cue-" + cueId);
            click.accept("#bulk-steps button[name=status][value=" + target + "]");
            browser.waitForPath(productionPath + "/bulk-steps/review");
            click.accept("form[action$='/bulk-steps'] button[type=submit]");
            browser.waitForPath(productionPath);
        }

        browser.go(cue);
        browser.waitForText("#cue-status .badge.big", "Cleared");
        for (String item : items) {
            assertThat(browser.text("#" + item + " [data-item-status]")).isEqualTo("Licensed");
        }
        assertThat(actions[0]).as("clicks and typed fields to clear the song").isEqualTo(21);
        assertThat(browser.policyViolations()).as("nothing refused by the CSP").isEmpty();
        browser.screenshot("daily-loop-cue");
    }

    private static void step(String item, String target, String quotedFee, String status) {
        if (browser.all("#" + item + " details.panel:nth-of-type(1)[open]").isEmpty()) {
            browser.click("#" + item + " details.panel:nth-of-type(1) > summary");
        }
        if (quotedFee != null) {
            browser.type("#" + item + "-quotedFee", quotedFee);
        }
        browser.click("#" + item + " button[name=target][value=" + target + "]");
        browser.waitForText("#" + item + " [data-item-status]", status);
    }

    private static org.openqa.selenium.WebDriver driverOf() {
        return browser.driver();
    }

    private static String firstDemoProduction() {
        browser.go("/");
        return browser.all("article.production-card h3 a").stream()
                .filter(a -> a.getText().equals("Northern Lights Over Harrow"))
                .findFirst()
                .map(a -> java.net.URI.create(a.getAttribute("href")).getPath())
                .orElseThrow(() -> new AssertionError("the demo film is on the dashboard"));
    }
}
