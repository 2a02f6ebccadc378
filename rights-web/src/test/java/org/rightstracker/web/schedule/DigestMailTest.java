package org.rightstracker.web.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.web.letter.MailTestProfile;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.page.Visitor;
import org.rightstracker.web.security.AppUser;
import org.rightstracker.web.security.Role;

/**
 * The daily digest by e-mail, through a real SMTP server (GreenMail): sent to members with an address,
 * not to those who opted out on their account page; the digest page's schedule in words and its count
 * of quotes expiring in the next seven days.
 */
@QuarkusTest
@TestProfile(MailTestProfile.class)
class DigestMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(MailTestProfile.SMTP);

    @Inject
    ScheduledWork work;

    @Inject
    PageWorld world;

    @Inject
    LicenceService licences;

    /** A production whose first publisher's quote expires in three days. */
    private PageWorld.Song quoteExpiringSoon() {
        PageWorld.Song song = world.song();
        long itemId = world.item(song.cue(), song.publisherA()).id;
        licences.move(itemId, world.version(itemId), LicenceStatus.REQUESTED, LicenceStep.on(null));
        licences.move(
                itemId,
                world.version(itemId),
                LicenceStatus.QUOTED,
                new LicenceStep(null, "2500", null, "USD", LocalDate.now().plusDays(3), null));
        return song;
    }

    private static Map<String, String> mail(Visitor visitor, String email, boolean digest) {
        String page = visitor.get("/account/mail").asString();
        String version = Jsoup.parse(page).selectFirst("input[name=version]").val();
        return digest
                ? Map.of("version", version, "email", email, "digestByEmail", "true")
                : Map.of("version", version, "email", email);
    }

    @Test
    void theDigestIsEmailedToMembersWithAnAddressButNotToThoseWhoOptedOut() throws Exception {
        PageWorld.Song song = quoteExpiringSoon();
        String wants = world.user(Role.SUPERVISOR, song.production());
        String optedOut = world.user(Role.PRODUCER, song.production());
        Visitor wanting = Visitor.signIn(wants, PageWorld.PASSWORD);
        Visitor notWanting = Visitor.signIn(optedOut, PageWorld.PASSWORD);
        String wantsAddress = wants + "@team.example";
        String optedOutAddress = optedOut + "@team.example";
        assertThat(wanting.post("/account/mail", mail(wanting, wantsAddress, true))
                        .statusCode())
                .isEqualTo(303);
        assertThat(notWanting
                        .post("/account/mail", mail(notWanting, optedOutAddress, false))
                        .statusCode())
                .isEqualTo(303);

        assertThat(work.composeDigests(
                        Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(7777)))
                .isTrue();

        List<MimeMessage> toMember = to(wantsAddress);
        assertThat(toMember).hasSize(1);
        assertThat(toMember.get(0).getSubject()).startsWith("Rights Tracker digest");
        assertThat(toMember.get(0).getFrom()[0].toString()).isEqualTo("clearance@rights.example");
        assertThat(org.rightstracker.web.letter.RequestLetterMailTestAccess.text(toMember.get(0)))
                .contains("1 quote expires in the next 7 days.")
                .contains(song.productionTitle())
                .contains("Quote from Publisher A " + song.tag() + " expires");
        assertThat(to(optedOutAddress)).as("opted out").isEmpty();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> AppUser.findByUsername(optedOut).orElseThrow().digestByEmail))
                .isFalse();
    }

    @Test
    void aBadAddressIsRefusedNamingTheFieldAndNothingIsSaved() {
        String user = world.user(Role.VIEWER);
        Visitor visitor = Visitor.signIn(user, PageWorld.PASSWORD);

        Response refused = visitor.post("/account/mail", mail(visitor, "not an address", true));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).select(".error").text()).contains("is not an e-mail address");
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> AppUser.findByUsername(user).orElseThrow().email))
                .isNull();
    }

    @Test
    void theDigestPageSaysTheScheduleInWordsAndCountsQuotesExpiringInTheNextSevenDays() {
        PageWorld.Song song = quoteExpiringSoon();
        Visitor member = world.visitor(Role.SUPERVISOR, song.production());

        String page = Jsoup.parse(member.get("/digest").asString()).text();

        assertThat(page)
                .contains("No digest for you yet")
                .contains("1 quote expires in the next 7 days.")
                .contains("composed every day at 06:00")
                .doesNotContain("0 0 6 * * ?");
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
