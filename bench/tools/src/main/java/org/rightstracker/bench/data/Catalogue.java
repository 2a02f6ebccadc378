package org.rightstracker.bench.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The parties, works and recordings that cues use: songs with split publishers and one to three
 * master owners (some one-stop labels that also publish), library tracks (one-stop), public-domain
 * compositions with a modern recording, and per-production score pieces.
 */
final class Catalogue {

    /** A party's line on one side of a work or recording, in registration order. */
    record Held(long partyId, BigDecimal share, String role) {
        Held(long partyId, BigDecimal share) {
            this(partyId, share, null);
        }
    }

    /** A work with its shares, and the recording of it that cues use (null for score pieces). */
    record Piece(
            long workId,
            String title,
            boolean publicDomain,
            List<Held> writers,
            List<Held> publishers,
            Long recordingId,
            List<Held> masters) {}

    private static final String[] SOCIETIES = {"ASCAP", "BMI", "SESAC", "PRS", "SACEM", "GEMA", "SOCAN", "APRA"};
    private static final BigDecimal FULL = new BigDecimal("100.00");

    final List<Long> studios = new ArrayList<>();
    final List<Long> writers = new ArrayList<>();
    final List<Long> publishers = new ArrayList<>();
    final List<Long> labels = new ArrayList<>();
    final List<Long> oneStops = new ArrayList<>();
    final List<Long> libraries = new ArrayList<>();
    final List<Piece> songs = new ArrayList<>();
    final List<Piece> libraryTracks = new ArrayList<>();
    final List<Piece> publicDomain = new ArrayList<>();

    private final Dataset data;
    private final Random random;
    private int isrcNumber;

    private Catalogue(Dataset data, Random random) {
        this.data = data;
        this.random = random;
    }

    /** A catalogue sized for {@code cues} cues: about one song for every three soundtrack cues. */
    static Catalogue generate(Dataset data, Random random, int cues) {
        Catalogue catalogue = new Catalogue(data, random);
        catalogue.parties(cues);
        for (int i = 0; i < Math.max(50, cues * 35 / 100); i++) {
            catalogue.songs.add(catalogue.song());
        }
        for (int i = 0; i < Math.max(20, cues / 20); i++) {
            catalogue.libraryTracks.add(catalogue.libraryTrack());
        }
        for (int i = 0; i < Math.max(10, cues / 200); i++) {
            catalogue.publicDomain.add(catalogue.publicDomainWork());
        }
        return catalogue;
    }

    private void parties(int cues) {
        for (int i = 1; i <= 12; i++) {
            studios.add(organisation(Names.company(random, "Pictures", i), "STUDIO"));
        }
        for (int i = 1; i <= Math.max(60, cues / 8); i++) {
            String society = Names.pick(random, SOCIETIES);
            String roles = random.nextInt(3) == 0 ? "COMPOSER" : "COMPOSER,LYRICIST";
            writers.add(data.add(
                    "party", Names.person(random), "PERSON", roles, society, null, null, null, null, null, null));
        }
        for (int i = 1; i <= Math.max(30, cues / 40); i++) {
            publishers.add(organisation(
                    Names.company(random, "Music Publishing", i),
                    random.nextInt(5) == 0 ? "PUBLISHER,ADMINISTRATOR" : "PUBLISHER"));
        }
        for (int i = 1; i <= Math.max(10, cues / 150); i++) {
            labels.add(organisation(Names.company(random, "Records", i), "RECORD_LABEL"));
        }
        for (int i = 1; i <= 25; i++) {
            oneStops.add(organisation(Names.company(random, "Independent Music", i), "PUBLISHER,RECORD_LABEL"));
        }
        for (int i = 1; i <= 12; i++) {
            libraries.add(organisation(
                    Names.company(random, "Production Music Library", i), "PUBLISHER,RECORD_LABEL,LIBRARY"));
        }
    }

    private long organisation(String name, String roles) {
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return data.add(
                "party",
                name,
                "ORGANISATION",
                roles,
                roles.contains("PUBLISHER") ? Names.pick(random, SOCIETIES) : null,
                null,
                null,
                "Licensing desk",
                "licensing@" + slug + ".example",
                "+1 555 01" + String.format("%02d", random.nextInt(100)),
                null);
    }

    private Piece song() {
        String title = Names.title(random);
        int writerCount = weighted(new int[] {5, 20, 30, 25, 20}) + 1;
        List<BigDecimal> shares = ShareSplits.of(writerCount, random);
        List<Held> writerLines = new ArrayList<>();
        List<Held> publisherLines = new ArrayList<>();
        boolean oneStop = random.nextInt(100) < 8;
        Long oneStopParty = oneStop ? pick(oneStops) : null;
        for (int i = 0; i < writerCount; i++) {
            writerLines.add(new Held(pick(writers), shares.get(i)));
            long publisher;
            if (i == 0 && oneStop) {
                publisher = oneStopParty;
            } else if (i > 0 && random.nextInt(10) == 0) {
                // Co-writers signed to the same publisher: one party listed twice, one licence.
                publisher = publisherLines.get(publisherLines.size() - 1).partyId();
            } else {
                publisher = pick(publishers);
            }
            if (i == 0 && !oneStop && random.nextBoolean()) {
                // Half of the first writer's publishing administered by another company.
                BigDecimal[] halves = ShareSplits.halve(shares.get(i));
                publisherLines.add(new Held(publisher, halves[0]));
                publisherLines.add(new Held(pick(publishers), halves[1], "ADMINISTRATOR"));
            } else {
                publisherLines.add(new Held(publisher, shares.get(i)));
            }
        }
        int ownerCount = weighted(new int[] {45, 35, 20}) + 1;
        List<BigDecimal> masterShares = ShareSplits.of(ownerCount, random);
        List<Held> masterLines = new ArrayList<>();
        for (int i = 0; i < ownerCount; i++) {
            masterLines.add(new Held(i == 0 && oneStop ? oneStopParty : pick(labels), masterShares.get(i)));
        }
        return piece(title, false, writerLines, publisherLines, masterLines, Names.person(random));
    }

    private Piece libraryTrack() {
        long library = pick(libraries);
        List<Held> full = List.of(new Held(library, FULL));
        return piece(
                Names.title(random), false, List.of(new Held(pick(writers), FULL)), full, full, Names.place(random));
    }

    private Piece publicDomainWork() {
        String title = "Traditional: " + Names.title(random);
        return piece(title, true, List.of(), List.of(), List.of(new Held(pick(labels), FULL)), Names.person(random));
    }

    /** A score piece or original song for one cue: one composer, or a composer and a co-writer. */
    Piece commissioned(String title, long composer, boolean withCoWriter) {
        List<Held> writerLines = withCoWriter
                ? List.of(new Held(composer, new BigDecimal("60.00")), new Held(pick(writers), new BigDecimal("40.00")))
                : List.of(new Held(composer, FULL));
        return piece(title, false, writerLines, List.of(), null, null);
    }

    private Piece piece(
            String title,
            boolean isPublicDomain,
            List<Held> writerLines,
            List<Held> publisherLines,
            List<Held> masterLines,
            String artist) {
        long work = data.add("work", title, null, isPublicDomain, null);
        for (int i = 0; i < writerLines.size(); i++) {
            Held writer = writerLines.get(i);
            String designation = writerLines.size() == 1 ? "CA" : (i % 2 == 0 ? "C" : "A");
            data.add("writer_share", work, writer.partyId(), designation, null, writer.share(), false, i);
        }
        for (int i = 0; i < publisherLines.size(); i++) {
            Held publisher = publisherLines.get(i);
            String role = publisher.role() == null ? "ORIGINAL_PUBLISHER" : publisher.role();
            data.add("publisher_share", work, publisher.partyId(), role, null, publisher.share(), i);
        }
        Long recording = null;
        if (masterLines != null) {
            isrcNumber++;
            String isrc = String.format("QZBNC%02d%05d", 10 + isrcNumber / 100_000, isrcNumber % 100_000);
            recording = data.add(
                    "recording", title, artist, isrc, 1960 + random.nextInt(66), 150 + random.nextInt(170), work, null);
            for (int i = 0; i < masterLines.size(); i++) {
                Held owner = masterLines.get(i);
                data.add("master_share", recording, owner.partyId(), owner.share(), i);
            }
        }
        return new Piece(
                work,
                title,
                isPublicDomain,
                writerLines,
                publisherLines,
                recording,
                masterLines == null ? List.of() : masterLines);
    }

    long pick(List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    /** An index drawn with the given weights. */
    int weighted(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
