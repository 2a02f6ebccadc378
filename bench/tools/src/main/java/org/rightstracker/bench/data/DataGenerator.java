package org.rightstracker.bench.data;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rightstracker.bench.data.Catalogue.Held;
import org.rightstracker.bench.data.Catalogue.Piece;
import org.rightstracker.core.clearance.engine.Holder;
import org.rightstracker.core.clearance.engine.RequiredItem;
import org.rightstracker.core.clearance.engine.RequiredItems;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.shared.Share;

/**
 * Fills a database that the application has migrated with productions, cues and their clearance
 * items, plus a bench supervisor on some productions' teams. Clearance items come from the
 * application's own {@link RequiredItems}, so the first edit of a cue finds nothing to repair.
 * Run it while the application is stopped (H2 file databases allow one process at a time).
 */
public final class DataGenerator {

    private static final String[] FRAME_RATES = {"FPS_23_976", "FPS_24", "FPS_24", "FPS_25", "FPS_29_97"};
    private static final String[] CURRENCIES = {"USD", "USD", "USD", "EUR", "GBP"};
    private static final String[] PLAN_MEDIA = {
        "ALL_MEDIA",
        "THEATRICAL,FREE_TV,PAY_TV,SVOD,HOME_VIDEO",
        "SVOD",
        "FREE_TV,SVOD,AVOD",
        "THEATRICAL,SVOD,FESTIVAL"
    };
    private static final String[] MOODS = {"tense", "uplifting", "melancholy", "romantic", "playful", "dark"};
    private static final String[] STYLES = {"orchestral", "indie rock", "electronic", "jazz", "folk", "hip hop"};

    private final GeneratorSettings settings;
    private final Random random;
    private final Dataset data;
    private final LicenceHistory history;
    private final GeneratedData.Builder result;

    private DataGenerator(GeneratorSettings settings, Dataset data) {
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.data = data;
        this.history = new LicenceHistory(random, settings.asOf());
        this.result = new GeneratedData.Builder(settings.memberProductions());
    }

    /** Generates the data set described by {@code settings} and writes it through {@code connection}. */
    public static GeneratedData generate(Connection connection, GeneratorSettings settings) throws SQLException {
        Dataset data = Dataset.continuing(
                connection, settings.asOf().minusDays(1).atTime(9, 0).atOffset(ZoneOffset.UTC));
        DataGenerator generator = new DataGenerator(settings, data);
        generator.build(passwordHash(connection, settings.passwordFrom()));
        data.write(connection);
        return generator.result.counts(data.counts()).build();
    }

    private void build(String passwordHash) {
        Catalogue catalogue = Catalogue.generate(data, random, settings.cues());
        int[] sizes = productionSizes();
        List<Long> productions = new ArrayList<>();
        for (int p = 0; p < sizes.length; p++) {
            productions.add(production(catalogue, p, sizes[p]));
        }
        long user = data.add(
                "app_user",
                settings.benchUser(),
                "Bench Supervisor",
                passwordHash,
                "SUPERVISOR",
                true,
                false,
                0,
                null,
                null);
        for (int p = 0; p < settings.memberProductions(); p++) {
            data.add("production_member", productions.get(p), user);
            result.memberProduction(productions.get(p));
        }
        result.benchUser(settings.benchUser());
    }

    /** The large production first, then the small one, then the rest sharing the remaining cues unevenly. */
    private int[] productionSizes() {
        int count = settings.productions();
        int[] sizes = new int[count];
        sizes[0] = settings.largeCues();
        sizes[1] = settings.smallCues();
        int rest = settings.cues() - sizes[0] - sizes[1];
        if (count == 2) {
            return sizes;
        }
        double[] weights = new double[count];
        double total = 0;
        for (int p = 2; p < count; p++) {
            weights[p] = 0.4 + random.nextDouble() * 1.2;
            total += weights[p];
        }
        int given = 0;
        for (int p = 2; p < count; p++) {
            sizes[p] = p == count - 1 ? rest - given : Math.max(1, (int) Math.round(rest * weights[p] / total));
            given += sizes[p];
        }
        if (sizes[count - 1] < 1) {
            throw new IllegalStateException("cue distribution left the last production empty");
        }
        return sizes;
    }

    private long production(Catalogue catalogue, int index, int cueCount) {
        boolean episode = index > 1 && random.nextInt(4) == 0;
        String kind = index == 0 ? "FEATURE_FILM" : episode ? "EPISODE" : pickKind();
        String title = switch (index) {
            case 0 -> "Bench Large Feature (" + cueCount + " cues)";
            case 1 -> "Bench Small Feature (" + cueCount + " cues)";
            default -> Names.title(random) + (episode ? "" : " " + (index + 1));
        };
        String currency = Names.pick(random, CURRENCIES);
        LocalDate release = settings.asOf().plusDays(-500 + random.nextInt(900));
        int progress = release.isBefore(settings.asOf())
                ? 3
                : release.isBefore(settings.asOf().plusDays(120)) ? 2 : random.nextInt(2);
        String media = Names.pick(random, PLAN_MEDIA);
        String territories = random.nextInt(5) == 0 ? "NORTH_AMERICA,EUROPE" : "WORLD";
        String excluded = territories.equals("WORLD") && random.nextInt(6) == 0 ? "CN" : "";
        Integer termYears = random.nextInt(3) == 0 ? 10 : null;
        boolean studioOwnsScore = random.nextInt(10) < 4;
        long studio = catalogue.pick(catalogue.studios);
        long production = data.add(
                "production",
                title,
                kind,
                null,
                episode ? Names.title(random) : null,
                episode ? "S0" + (1 + random.nextInt(4)) + "E" + String.format("%02d", 1 + random.nextInt(12)) : null,
                episode ? title : null,
                "BN-" + (1000 + index),
                studio,
                studioOwnsScore,
                5_400 + random.nextInt(3_600),
                Names.pick(random, FRAME_RATES),
                BigDecimal.valueOf(50_000L * (4 + random.nextInt(80)), 0).setScale(2),
                currency,
                media,
                territories,
                excluded,
                release,
                termYears,
                release,
                null);
        LicenceHistory.Plan plan =
                new LicenceHistory.Plan(media, territories, excluded, release, termYears, currency, progress);
        long composer = catalogue.pick(catalogue.writers);
        if (index == 0) {
            result.largeProduction(production);
        } else if (index == 1) {
            result.smallProduction(production);
        }
        int second = 0;
        for (int c = 0; c < cueCount; c++) {
            second = cue(catalogue, production, index, c, cueCount, second, studioOwnsScore, composer, plan);
        }
        return production;
    }

    private String pickKind() {
        return Names.pick(random, new String[] {"FEATURE_FILM", "FEATURE_FILM", "DOCUMENTARY", "GAME", "TRAILER"});
    }

    // Returns where the next cue may start, in seconds from the first frame of the programme.
    private int cue(
            Catalogue catalogue,
            long production,
            int productionIndex,
            int index,
            int cueCount,
            int start,
            boolean studioOwnsScore,
            long composer,
            LicenceHistory.Plan plan) {
        CueOrigin origin = pickOrigin(catalogue);
        String number = (index / 40 + 1) + "M" + String.format("%02d", index % 40 + 1);
        Piece piece = switch (origin) {
            case SCORE ->
                catalogue.commissioned("Score " + number + " " + Names.title(random), composer, random.nextInt(10) < 3);
            case ORIGINAL_SONG -> catalogue.commissioned(Names.title(random), composer, true);
            case LIBRARY -> pickFrom(catalogue.libraryTracks);
            case PUBLIC_DOMAIN -> pickFrom(catalogue.publicDomain);
            case SOUNDTRACK -> pickFrom(catalogue.songs);
        };
        int begin = start + 5 + random.nextInt(40);
        int duration = origin == CueOrigin.SCORE ? 20 + random.nextInt(160) : 15 + random.nextInt(120);
        String usage = index == 0
                ? "MT"
                : index == cueCount - 1 ? "ET" : origin == CueOrigin.SCORE ? "BI" : random.nextBoolean() ? "BV" : "VV";
        boolean active = random.nextInt(100) < 97;
        long cue = data.add(
                "cue",
                production,
                number,
                piece.title(),
                origin.name(),
                usage,
                timecode(begin),
                timecode(begin + duration),
                duration,
                random.nextInt(3) == 0 ? "Scene " + (index + 1) + ": " + Names.place(random) + ", night" : null,
                Names.pick(random, MOODS),
                Names.pick(random, STYLES),
                null,
                piece.workId(),
                piece.recordingId(),
                active);
        List<RequiredItem> required = RequiredItems.derive(
                origin,
                piece.publicDomain(),
                studioOwnsScore,
                holders(piece.writers()),
                holders(piece.publishers()),
                holders(piece.masters()));
        for (RequiredItem need : required) {
            BigDecimal sync = need.syncShare() == null ? null : need.syncShare().value();
            BigDecimal master =
                    need.masterShare() == null ? null : need.masterShare().value();
            LicenceHistory.Terms terms =
                    history.terms(need.side(), sync, master, plan, "Licensing desk, party " + need.partyId());
            Object[] row = new Object[6 + terms.columns().length];
            row[0] = cue;
            row[1] = need.partyId();
            row[2] = need.side().name();
            row[3] = sync;
            row[4] = master;
            row[5] = false;
            System.arraycopy(terms.columns(), 0, row, 6, terms.columns().length);
            long item = data.add("clearance_item", row);
            for (LicenceHistory.Step step : terms.steps()) {
                data.add(
                        "licence_event",
                        item,
                        "STEP",
                        step.on(),
                        step.status().name(),
                        null,
                        null,
                        step.note(),
                        null,
                        "bench",
                        null);
            }
            if (terms.status().isCommitted() && random.nextInt(100) < 6) {
                option(item, plan.currency());
            }
        }
        result.cue(productionIndex, cue, origin, required.size());
        return begin + duration;
    }

    private void option(long item, String currency) {
        boolean exercised = random.nextInt(4) == 0;
        data.add(
                "licence_option",
                item,
                random.nextBoolean() ? "Extend to in-context promo" : "Soundtrack album use",
                BigDecimal.valueOf(500L * (1 + random.nextInt(20)), 0).setScale(2),
                currency,
                settings.asOf().plusDays(-30 + random.nextInt(200)),
                exercised);
    }

    private CueOrigin pickOrigin(Catalogue catalogue) {
        int draw = catalogue.weighted(new int[] {20, 70, 6, 2, 2});
        return new CueOrigin[] {
                    CueOrigin.SCORE,
                    CueOrigin.SOUNDTRACK,
                    CueOrigin.LIBRARY,
                    CueOrigin.PUBLIC_DOMAIN,
                    CueOrigin.ORIGINAL_SONG
                }
                [draw];
    }

    private Piece pickFrom(List<Piece> pieces) {
        return pieces.get(random.nextInt(pieces.size()));
    }

    private static List<Holder> holders(List<Held> lines) {
        return lines.stream()
                .map(h -> new Holder(h.partyId(), "party " + h.partyId(), Share.of(h.share())))
                .toList();
    }

    /** Timecode of a second from the first frame, at hour one as picture editors start programmes. */
    private static String timecode(int seconds) {
        int total = 3_600 + seconds;
        return String.format("%02d:%02d:%02d:00", total / 3_600, total / 60 % 60, total % 60);
    }

    private static String passwordHash(Connection connection, String username) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("select password_hash from app_user where username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no user '" + username + "' to take the bench supervisor's password"
                            + " from: start the application once on the empty database first");
                }
                return row.getString(1);
            }
        }
    }
}
