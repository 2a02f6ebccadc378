package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.work.Work;
import org.rightstracker.web.security.Role;

/**
 * Two people edit the same thing from forms opened at the same version, as two browsers would: the
 * later save merges field by field against what its form was opened with, so nobody's change is lost.
 */
@QuarkusTest
class EditConflictTest {

    @Inject
    PageWorld world;

    @Test
    void aCueTitleSavedAfterSomeoneChangedTheMoodsKeepsBoth() {
        PageWorld.Song song = world.song();
        Visitor alice = world.visitor(Role.SUPERVISOR, song.production());
        Visitor bob = world.visitor(Role.SUPERVISOR, song.production());
        BrowserForm alicesForm = cueForm(alice, song.cue());
        BrowserForm bobsForm = cueForm(bob, song.cue());

        bobsForm.set("moods", "tense, nocturnal");
        assertThat(bob.post(bobsForm.action(), bobsForm.fields()).statusCode()).isEqualTo(303);
        alicesForm.set("title", "Alice's Title");
        Response saved = alice.post(alicesForm.action(), alicesForm.fields());

        Cue stored = cue(song.cue());
        assertThat(stored.title).isEqualTo("Alice's Title");
        assertThat(stored.moods).isEqualTo("tense, nocturnal");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(text(alice.follow(saved).asString()))
                .contains("Saved cue 2M14. Kept Page Music supervisor's change to Moods.");
    }

    @Test
    void aFieldBothChangedIsShownSideBySideAndKeepingTheirsSavesTheirsWithMyOtherChanges() {
        PageWorld.Song song = world.song();
        Visitor alice = world.visitor(Role.SUPERVISOR, song.production());
        Visitor bob = world.visitor(Role.SUPERVISOR, song.production());
        BrowserForm alicesForm = cueForm(alice, song.cue());
        BrowserForm bobsForm = cueForm(bob, song.cue());
        bobsForm.set("title", "Bob's Title").set("moods", "tense");
        assertThat(bob.post(bobsForm.action(), bobsForm.fields()).statusCode()).isEqualTo(303);

        alicesForm.set("title", "Alice's Title").set("notes", "Temp track until the mix");
        Response conflict = alice.post(alicesForm.action(), alicesForm.fields());

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(choice(conflict.asString(), "Title")).containsExactly("Alice's Title", "Bob's Title");
        assertThat(choices(conflict.asString())).containsExactly("Title");
        assertThat(text(conflict.asString()))
                .contains("Someone else changed this while you were editing.")
                .contains("changed the title of cue 2M14")
                .contains("Kept in the form below: their change to Moods.");
        assertThat(cue(song.cue()).title).as("nothing saved before the choice").isEqualTo("Bob's Title");
        BrowserForm resolving = BrowserForm.of(conflict.asString(), alicesForm.action());
        assertThat(resolving.get("moods")).isEqualTo("tense");
        assertThat(resolving.get("notes")).isEqualTo("Temp track until the mix");

        Response undecided = alice.post(resolving.action(), resolving.fields());
        assertThat(undecided.statusCode()).isEqualTo(409);
        assertThat(text(undecided.asString())).contains("Choose which value to keep for Title.");

        resolving.set("keep", "title:theirs");
        Response saved = alice.post(resolving.action(), resolving.fields());

        assertThat(saved.statusCode()).isEqualTo(303);
        Cue stored = cue(song.cue());
        assertThat(stored.title).isEqualTo("Bob's Title");
        assertThat(stored.moods).isEqualTo("tense");
        assertThat(stored.notes).isEqualTo("Temp track until the mix");
    }

    @Test
    void keepingMineSavesWhatTheFieldHoldsAndStillKeepsTheirOtherChange() {
        PageWorld.Song song = world.song();
        Visitor alice = world.visitor(Role.SUPERVISOR, song.production());
        Visitor bob = world.visitor(Role.SUPERVISOR, song.production());
        BrowserForm alicesForm = cueForm(alice, song.cue());
        BrowserForm bobsForm = cueForm(bob, song.cue());
        bobsForm.set("title", "Bob's Title").set("styles", "noir jazz");
        assertThat(bob.post(bobsForm.action(), bobsForm.fields()).statusCode()).isEqualTo(303);
        alicesForm.set("title", "Alice's Title");
        Response conflict = alice.post(alicesForm.action(), alicesForm.fields());
        assertThat(conflict.statusCode()).isEqualTo(409);

        BrowserForm resolving = BrowserForm.of(conflict.asString(), alicesForm.action());
        resolving.set("keep", "title:mine");
        Response saved = alice.post(resolving.action(), resolving.fields());

        assertThat(saved.statusCode()).isEqualTo(303);
        Cue stored = cue(song.cue());
        assertThat(stored.title).isEqualTo("Alice's Title");
        assertThat(stored.styles).isEqualTo("noir jazz");
    }

    @Test
    void licenceTermsKeepTheirQuotedFeeAndMyNotes() {
        PageWorld.Song song = world.song();
        long item = world.item(song.cue(), song.publisherA()).id;
        Visitor alice = world.visitor(Role.SUPERVISOR, song.production());
        Visitor bob = world.visitor(Role.SUPERVISOR, song.production());
        String action = "/clearance-items/" + item + "/terms";
        BrowserForm alicesForm = BrowserForm.of(alice.get("/cues/" + song.cue()).asString(), action);
        BrowserForm bobsForm = BrowserForm.of(bob.get("/cues/" + song.cue()).asString(), action);

        bobsForm.set("quotedFee", "4500");
        assertThat(bob.post(action, bobsForm.fields()).statusCode()).isEqualTo(303);
        alicesForm.set("notes", "Asked for a festival rate");
        Response saved = alice.post(action, alicesForm.fields());

        assertThat(saved.statusCode()).isEqualTo(303);
        ClearanceItem stored = item(item);
        assertThat(stored.quotedFee).isEqualByComparingTo(new BigDecimal("4500"));
        assertThat(stored.notes).isEqualTo("Asked for a festival rate");
        assertThat(alice.follow(saved).asString()).contains("change to Quoted fee.");
    }

    @Test
    void licenceTermsBothChangedOverHtmxOfferTheChoiceInTheFragment() {
        PageWorld.Song song = world.song();
        long item = world.item(song.cue(), song.label()).id;
        Visitor alice = world.visitor(Role.SUPERVISOR, song.production());
        Visitor bob = world.visitor(Role.SUPERVISOR, song.production());
        String action = "/clearance-items/" + item + "/terms";
        BrowserForm alicesForm = BrowserForm.of(alice.get("/cues/" + song.cue()).asString(), action);
        BrowserForm bobsForm = BrowserForm.of(bob.get("/cues/" + song.cue()).asString(), action);
        bobsForm.set("notes", "Bob: label wants 12k").set("mfn", "true");
        assertThat(bob.post(action, bobsForm.fields()).statusCode()).isEqualTo(303);

        alicesForm.set("notes", "Alice: label wants 10k");
        Response conflict = alice.htmxPost(action, alicesForm.fields());

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.asString()).doesNotContain("<html");
        assertThat(choice(conflict.asString(), "Notes"))
                .containsExactly("Alice: label wants 10k", "Bob: label wants 12k");
        BrowserForm resolving = BrowserForm.of(conflict.asString(), action);
        assertThat(resolving.get("mfn")).as("their MFN is already in the form").isEqualTo("true");
        resolving.set("keep", "notes:mine");
        assertThat(alice.htmxPost(action, resolving.fields()).statusCode()).isEqualTo(200);
        ClearanceItem stored = item(item);
        assertThat(stored.notes).isEqualTo("Alice: label wants 10k");
        assertThat(stored.mfn).isTrue();
    }

    @Test
    void aWorkTitleSavedAfterSomeoneChangedThePublisherSharesKeepsBoth() {
        PageWorld.Song song = world.song();
        Visitor alice = world.visitor(Role.SUPERVISOR);
        Visitor bob = world.visitor(Role.SUPERVISOR);
        String action = "/works/" + song.work();
        BrowserForm alicesForm = BrowserForm.of(alice.get(action + "/edit").asString(), action);
        BrowserForm bobsForm = BrowserForm.of(bob.get(action + "/edit").asString(), action);
        assertThat(bobsForm.all("publisherShare")).containsExactly("50", "50");

        bobsForm.set("publisherShare", List.of("60", "40"));
        assertThat(bob.post(action, bobsForm.fields()).statusCode()).isEqualTo(303);
        alicesForm.set("title", "Retitled " + song.tag());
        Response saved = alice.post(action, alicesForm.fields());

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(alice.follow(saved).asString()).contains("change to Publishers.");
        Work stored = QuarkusTransaction.requiringNew().call(() -> {
            Work work = Work.findById(song.work());
            work.publishers.size();
            return work;
        });
        assertThat(stored.title).isEqualTo("Retitled " + song.tag());
        assertThat(stored.publishers)
                .extracting(p -> p.share.stripTrailingZeros().toPlainString())
                .containsExactly("60", "40");
    }

    @Test
    void productionNotesSavedAfterSomeoneChangedTheBudgetKeepBoth() {
        Production production = world.production(PageWorld.unique("Merged Film"));
        Visitor alice = world.visitor(Role.SUPERVISOR, production.id);
        Visitor bob = world.visitor(Role.SUPERVISOR, production.id);
        String action = "/productions/" + production.id;
        BrowserForm alicesForm = BrowserForm.of(alice.get(action + "/edit").asString(), action);
        BrowserForm bobsForm = BrowserForm.of(bob.get(action + "/edit").asString(), action);

        bobsForm.set("budget", "150000");
        assertThat(bob.post(action, bobsForm.fields()).statusCode()).isEqualTo(303);
        alicesForm.set("notes", "Festival cut first");
        Response saved = alice.post(action, alicesForm.fields());

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(alice.follow(saved).asString()).contains("change to Music budget.");
        Production stored =
                QuarkusTransaction.requiringNew().call(() -> Production.<Production>findById(production.id));
        assertThat(stored.budgetAmount).isEqualByComparingTo(new BigDecimal("150000"));
        assertThat(stored.notes).isEqualTo("Festival cut first");
    }

    /** The two values shown for a field both people changed: yours, then theirs. */
    static List<String> choice(String html, String label) {
        for (Element row : Jsoup.parse(html).select("table.differences tbody tr")) {
            if (row.selectFirst("th").text().equals(label)) {
                return row.select("td.pre").eachText();
            }
        }
        throw new AssertionError("No choice offered for " + label);
    }

    /** The labels of the fields offered as a choice. */
    static List<String> choices(String html) {
        return Jsoup.parse(html).select("table.differences tbody th").eachText();
    }

    static String text(String html) {
        return Jsoup.parse(html).text();
    }

    private static BrowserForm cueForm(Visitor visitor, long cueId) {
        return BrowserForm.of(visitor.get("/cues/" + cueId + "/edit").asString(), "/cues/" + cueId);
    }

    private static Cue cue(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Cue.<Cue>findById(id));
    }

    private static ClearanceItem item(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ClearanceItem.<ClearanceItem>findById(id));
    }
}
