package org.rightstracker.web.badinput;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.document.DocumentKind;
import org.rightstracker.core.document.DocumentService;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.OptionInput;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;
import org.rightstracker.core.work.WriterDesignation;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.security.AppUser;
import org.rightstracker.web.security.Role;

/**
 * One of everything a write can target, built through the real services for the generated bad-input
 * tests: a production with a soundtrack cue (work, recording, two publishers, a label, their licences,
 * the label's executed), an option, a document, a viewer on the team, and an administrator who sends the requests.
 */
@ApplicationScoped
public class BadInputWorld {

    @Inject
    PageWorld world;

    @Inject
    LicenceService licences;

    @Inject
    DocumentService documents;

    @Inject
    WorkService works;

    /**
     * The fixture's ids by the path segment that names their kind ("works" → the work's id), so a path
     * such as /api/v1/works/{id} or /admin/users/12/enabled can be filled in or recognised as the fixture's.
     */
    public record Fixture(String admin, String password, Map<String, Set<Long>> idsByKind, Map<String, String> tables) {

        /** The id to put after a segment such as "works"; fails for a kind the fixture does not have. */
        public long idFor(String kind) {
            Set<Long> ids = idsByKind.get(kind);
            if (ids == null) {
                throw new AssertionError("The bad-input fixture has no \"" + kind + "\": add one to BadInputWorld");
            }
            return ids.iterator().next();
        }

        public boolean isFixture(String kind, long id) {
            return idsByKind.getOrDefault(kind, Set.of()).contains(id);
        }

        /** The table behind a kind of path segment, to read a version from. */
        public String tableFor(String kind) {
            String table = tables.get(kind);
            if (table == null) {
                throw new AssertionError("The bad-input fixture knows no table for \"" + kind + "\"");
            }
            return table;
        }
    }

    private Fixture fixture;

    public synchronized Fixture ensure() {
        if (fixture != null) {
            return fixture;
        }
        PageWorld.Song song = world.song();
        // A writer too, so that the work form shows a writer row to break.
        QuarkusTransaction.requiringNew().run(() -> {
            Work work = Work.findById(song.work());
            Party writer = world.party("Writer " + song.tag(), PartyRole.COMPOSER);
            works.update(
                    work.id,
                    work.version,
                    new WorkInput(
                            work.title,
                            null,
                            false,
                            List.of("Alternate " + song.tag()),
                            null,
                            List.of(new WorkInput.Writer(writer.id, "100", WriterDesignation.CA, null, false)),
                            work.publishers.stream()
                                    .map(p -> new WorkInput.Publisher(
                                            p.party.id, p.share.toPlainString(), p.role, p.society))
                                    .toList()));
        });
        // A likely duplicate of the label, so that the label's page offers the administrator's merge form.
        world.party("Label, " + song.tag(), PartyRole.RECORD_LABEL);
        String admin = world.user(Role.ADMIN);
        // Hundreds of HTTP Basic requests check the password each time: a cheap hash keeps that quick.
        QuarkusTransaction.requiringNew()
                .run(() -> AppUser.findByUsername(admin).orElseThrow().passwordHash =
                        BcryptUtil.bcryptHash(PageWorld.PASSWORD, 4));
        String viewer = world.user(Role.VIEWER, song.production());
        long item = world.item(song.cue(), song.publisherA()).id;
        // An executed licence, so that the cue page offers "Reopen as amendment" and the deal memo /
        // licence draft form to break.
        long licensed = world.item(song.cue(), song.label()).id;
        world.license(licensed, "1000");
        long option = QuarkusTransaction.requiringNew().call(() -> {
            LicenceOption added = licences.addOption(
                    item,
                    ClearanceItem.<ClearanceItem>findById(item).version,
                    new OptionInput("Sequel use", "500", "USD", LocalDate.of(2030, 1, 1)));
            LicenceOption.flush();
            return added.id;
        });
        long document = QuarkusTransaction.requiringNew()
                .call(() -> documents.upload(new DocumentService.Upload(
                                song.cue(),
                                item,
                                DocumentKind.OTHER,
                                "probe.txt",
                                "text/plain",
                                "A probe",
                                new ByteArrayInputStream("probe".getBytes(StandardCharsets.UTF_8))))
                        .id);
        long viewerId = QuarkusTransaction.requiringNew()
                .call(() -> AppUser.findByUsername(viewer).orElseThrow().id);
        Map<String, Set<Long>> ids = new LinkedHashMap<>();
        ids.put("productions", Set.of(song.production()));
        ids.put("cues", Set.of(song.cue()));
        ids.put("works", Set.of(song.work()));
        ids.put("recordings", Set.of(song.recording()));
        ids.put("parties", Set.of(song.publisherA(), song.publisherB(), song.label()));
        // The open licence first: the API probes fill {id} with it (idFor takes the first).
        ids.put("clearance-items", new LinkedHashSet<>(List.of(item, licensed)));
        ids.put("options", Set.of(option));
        ids.put("documents", Set.of(document));
        ids.put("users", Set.of(viewerId));
        Map<String, String> tables = Map.of(
                "productions", "production",
                "cues", "cue",
                "works", "work",
                "recordings", "recording",
                "parties", "party",
                "clearance-items", "clearance_item",
                "options", "licence_option",
                "documents", "document",
                "users", "app_user");
        fixture = new Fixture(admin, PageWorld.PASSWORD, Map.copyOf(ids), tables);
        return fixture;
    }
}
