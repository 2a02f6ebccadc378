package org.rightstracker.core.album;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.album.engine.AlbumRightKind;
import org.rightstracker.core.album.engine.AlbumVerdict;
import org.rightstracker.core.album.engine.TrackLine;
import org.rightstracker.core.album.engine.TrackVerdict;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.demo.DemoData;
import org.rightstracker.core.party.Party;

@QuarkusTest
class DemoAlbumTest {

    @Inject
    DemoData demoData;

    @Inject
    AlbumService albums;

    @Test
    void theDemoFilmHasATwelveTrackAlbumOfScoreAndSongsWithExactlyOneUnclearedMechanical() {
        // Other tests share this database and some load the demo too; it can exist only once (unique IPIs).
        if (Party.findByIpiNameNumber("35771278251").isEmpty()) {
            demoData.load();
        }
        long albumId = QuarkusTransaction.requiringNew()
                .call(() -> Album.<Album>find(
                                "title", "Northern Lights Over Harrow (Original Motion Picture Soundtrack)")
                        .firstResult()
                        .id);
        List<CueOrigin> origins = QuarkusTransaction.requiringNew()
                .call(() -> Album.<Album>findById(albumId).tracks.stream()
                        .map(t -> t.cue.origin)
                        .toList());

        AlbumVerdict verdict = albums.verdict(albumId);

        assertThat(verdict.tracks()).hasSize(12);
        assertThat(origins).contains(CueOrigin.SCORE).anyMatch(o -> o != CueOrigin.SCORE);
        assertThat(verdict.clearedTracks()).isEqualTo(11);
        List<TrackLine> missing = verdict.tracks().stream()
                .map(TrackVerdict::missing)
                .flatMap(List::stream)
                .toList();
        assertThat(missing)
                .singleElement()
                .satisfies(line -> assertThat(line.required().kind()).isEqualTo(AlbumRightKind.MECHANICAL));
        assertThat(verdict.tracks().stream().flatMap(t -> t.problems().stream()))
                .as("no ownership gaps, only the one licence")
                .hasSize(1);
        assertThat(albums.labelCopy(albumId).complete()).isTrue();
    }
}
