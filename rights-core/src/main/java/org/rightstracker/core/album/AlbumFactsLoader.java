package org.rightstracker.core.album;

import java.util.Currency;
import java.util.List;
import org.rightstracker.core.album.engine.AlbumFacts;
import org.rightstracker.core.album.engine.HolderFacts;
import org.rightstracker.core.album.engine.TrackFacts;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.work.Work;

/** Turns an album and its tracks, as loaded, into the plain facts the album engine reads. */
final class AlbumFactsLoader {

    private AlbumFactsLoader() {}

    static AlbumFacts facts(Album album) {
        return new AlbumFacts(
                album.title,
                holder(album.label),
                album.mechanicalRate == null ? null : album.mechanicalRate.facts(),
                album.dealerPrice,
                album.dealerPriceCurrency == null ? null : Currency.getInstance(album.dealerPriceCurrency),
                album.tracks.stream().map(AlbumFactsLoader::facts).toList());
    }

    static HolderFacts label(Album album) {
        return holder(album.label);
    }

    static TrackFacts facts(AlbumTrack track) {
        Production production = track.album.production;
        Cue cue = track.cue;
        boolean studioOwned = cue != null && cue.origin.isCommissioned() && production.studioOwnsScore;
        Recording recording = track.recording;
        Work work = track.work();
        List<HolderFacts> owners = recording == null
                ? List.of()
                : recording.owners.stream()
                        .map(o -> new HolderFacts(o.party.id, o.party.name, o.share))
                        .toList();
        List<HolderFacts> publishers = work == null
                ? List.of()
                : work.publishers.stream()
                        .map(p -> new HolderFacts(p.party.id, p.party.name, p.share))
                        .toList();
        return new TrackFacts(
                track.id == null ? 0 : track.id,
                track.position,
                track.title,
                track.durationSeconds,
                studioOwned,
                holder(production.studio),
                recording != null,
                owners,
                work != null,
                work != null && work.publicDomain,
                publishers,
                recording == null ? null : recording.artist,
                track.rights.stream().map(AlbumRight::facts).toList());
    }

    private static HolderFacts holder(Party party) {
        return party == null ? null : new HolderFacts(party.id, party.name, null);
    }
}
