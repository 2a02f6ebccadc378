package org.rightstracker.web.badinput;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rightstracker.core.album.Album;
import org.rightstracker.core.album.AlbumInput;
import org.rightstracker.core.album.AlbumService;
import org.rightstracker.core.album.AlbumTrack;
import org.rightstracker.core.album.AlbumTrackService;
import org.rightstracker.core.album.MechanicalRate;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.document.DocumentKind;
import org.rightstracker.core.document.DocumentService;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.OptionInput;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.series.Season;
import org.rightstracker.core.series.SeasonInput;
import org.rightstracker.core.series.Series;
import org.rightstracker.core.series.SeriesInput;
import org.rightstracker.core.series.SeriesService;
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

    @Inject
    SeriesService series;

    @Inject
    AlbumService albums;

    @Inject
    AlbumTrackService albumTracks;

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
        // A series with a season, so that the series and season operations and forms have something to break.
        Series show = series.create(new SeriesInput(
                "Probe Series " + song.tag(),
                null,
                "USD",
                "ALL_MEDIA",
                "WORLD",
                "",
                LocalDate.of(2030, 1, 1),
                null,
                null));
        Season season = series.addSeason(show.id, new SeasonInput(1, null, "1000"));
        // Two episodes in that season, so that an episode's page offers "Copy cues from episode …" with a
        // sibling to copy from (the song's production stays out of the series and offers "Place in a series").
        List<Long> episodes = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            Production episode = world.production("Probe Episode " + i + " " + song.tag());
            series.placeEpisode(episode.id, episode.version, season.id, null, true);
            episodes.add(episode.id);
        }
        QuarkusTransaction.requiringNew().run(() -> world.scoreCue(episodes.get(1)));
        // An album with one track from the song's cue, so that its page offers the track and right forms.
        long[] album = QuarkusTransaction.requiringNew().call(() -> {
            Album added = albums.create(
                    song.production(),
                    new AlbumInput("Probe Album " + song.tag(), null, null, null, null, null, null, null, null, null));
            AlbumTrack track = albumTracks.addCue(added.id, added.version, song.cue());
            AlbumTrack.flush();
            long[] ids = new long[2 + track.rights.size()];
            ids[0] = added.id;
            ids[1] = track.id;
            for (int i = 0; i < track.rights.size(); i++) {
                ids[2 + i] = track.rights.get(i).id;
            }
            return ids;
        });
        long rate = QuarkusTransaction.requiringNew()
                .call(() -> MechanicalRate.findDefault().orElseThrow().id);
        // A score cue, so that the score pages offer a cue's stage, notes and deliverable forms to break.
        long scoreCue = QuarkusTransaction.requiringNew().call(() -> world.scoreCue(song.production()).id);
        long viewerId = QuarkusTransaction.requiringNew()
                .call(() -> AppUser.findByUsername(viewer).orElseThrow().id);
        Map<String, Set<Long>> ids = new LinkedHashMap<>();
        // The song's production first: the API probes fill {id} with it (idFor takes the first).
        Set<Long> productionIds = new LinkedHashSet<>(List.of(song.production()));
        productionIds.addAll(episodes);
        ids.put("productions", productionIds);
        // The song first: the API probes fill {id} with it (idFor takes the first).
        ids.put("cues", new LinkedHashSet<>(List.of(song.cue(), scoreCue)));
        ids.put("score-cues", Set.of(scoreCue));
        ids.put("works", Set.of(song.work()));
        ids.put("recordings", Set.of(song.recording()));
        ids.put("parties", Set.of(song.publisherA(), song.publisherB(), song.label()));
        // The open licence first: the API probes fill {id} with it (idFor takes the first).
        ids.put("clearance-items", new LinkedHashSet<>(List.of(item, licensed)));
        ids.put("options", Set.of(option));
        ids.put("documents", Set.of(document));
        ids.put("users", Set.of(viewerId));
        ids.put("series", Set.of(show.id));
        ids.put("seasons", Set.of(season.id));
        ids.put("albums", Set.of(album[0]));
        ids.put("album-tracks", Set.of(album[1]));
        Set<Long> albumRights = new LinkedHashSet<>();
        for (int i = 2; i < album.length; i++) {
            albumRights.add(album[i]);
        }
        ids.put("album-rights", albumRights);
        // The album page's own paths name tracks and rights by these shorter segments.
        ids.put("tracks", Set.of(album[1]));
        ids.put("rights", albumRights);
        ids.put("mechanical-rates", Set.of(rate));
        Map<String, String> tables = Map.ofEntries(
                Map.entry("score-cues", "cue"),
                Map.entry("productions", "production"),
                Map.entry("cues", "cue"),
                Map.entry("works", "work"),
                Map.entry("recordings", "recording"),
                Map.entry("parties", "party"),
                Map.entry("clearance-items", "clearance_item"),
                Map.entry("options", "licence_option"),
                Map.entry("documents", "document"),
                Map.entry("users", "app_user"),
                Map.entry("series", "series"),
                Map.entry("seasons", "season"),
                Map.entry("albums", "album"),
                Map.entry("album-tracks", "album_track"),
                Map.entry("album-rights", "album_right"),
                Map.entry("tracks", "album_track"),
                Map.entry("rights", "album_right"),
                Map.entry("mechanical-rates", "mechanical_rate"));
        fixture = new Fixture(admin, PageWorld.PASSWORD, Map.copyOf(ids), tables);
        return fixture;
    }
}
