package org.rightstracker.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;

@QuarkusTest
class EscapingAndAuditTest {

    @Inject
    Team teamBuilder;

    Team.Ids team;

    @Inject
    LicenceService licences;

    @BeforeEach
    void team() {
        team = teamBuilder.ensure();
    }

    @Test
    void aTitleWithMarkupIsEscapedOnEveryPageThatShowsIt() {
        String escapedOwn = "Ours &lt;script&gt;alert(&#39;own&#39;)&lt;/script&gt; &amp; Co";
        String escapedOther = "Theirs &lt;img src=x onerror=alert(1)&gt;";
        String admin = "ADMIN";
        assertEscaped(AuthorizationMatrixTest.as("SUPERVISOR").get("/").body().asString(), escapedOwn);
        assertEscaped(AuthorizationMatrixTest.as(admin).get("/").body().asString(), escapedOther);
        assertEscaped(
                AuthorizationMatrixTest.as(admin).get("/admin/users").body().asString(), escapedOwn);
        assertEscaped(
                AuthorizationMatrixTest.as("VIEWER")
                        .get("/cues/" + team.ownCue() + "/history")
                        .body()
                        .asString(),
                escapedOwn);
        assertEscaped(
                AuthorizationMatrixTest.as("VIEWER")
                        .get("/clearance-items/" + team.ownItem() + "/history")
                        .body()
                        .asString(),
                "Own Publisher");
    }

    private static void assertEscaped(String html, String escaped) {
        assertThat(html).contains(escaped);
        assertThat(html).doesNotContain("<script>alert(").doesNotContain("<img src=x");
    }

    @Test
    @TestSecurity(user = "team-supervisor", roles = "SUPERVISOR")
    void theHistoryShowsWhoChangedAFeeFromWhatToWhat() {
        long item = team.ownItem();
        move(item, LicenceStatus.REQUESTED, LicenceStep.on(null));
        move(item, LicenceStatus.QUOTED, LicenceStep.quote(null, "5000", "USD"));
        move(item, LicenceStatus.NEGOTIATING, LicenceStep.on(null));
        move(item, LicenceStatus.APPROVED, LicenceStep.agree(null, "7500"));

        String history = AuthorizationMatrixTest.as("PRODUCER")
                .get("/clearance-items/" + item + "/history")
                .body()
                .asString();
        assertThat(history)
                .contains("team-supervisor changed the quoted fee of Sync — Own Publisher")
                .contains("from (empty) to USD 5,000.00")
                .contains("team-supervisor changed the agreed fee of Sync — Own Publisher")
                .contains("from (empty) to USD 7,500.00")
                .contains("from Negotiating to Approved");
        assertThat(AuthorizationMatrixTest.as("VIEWER")
                        .get("/cues/" + team.ownCue() + "/history")
                        .body()
                        .asString())
                .contains("to USD 7,500.00");
    }

    private void move(long itemId, LicenceStatus target, LicenceStep step) {
        long version =
                QuarkusTransaction.requiringNew().call(() -> ClearanceItem.<ClearanceItem>findById(itemId).version);
        licences.move(itemId, version, target, step);
    }
}
