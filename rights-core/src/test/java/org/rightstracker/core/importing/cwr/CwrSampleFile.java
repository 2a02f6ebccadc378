package org.rightstracker.core.importing.cwr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A CWR 2.1 file of any number of works, the same for the same seed, shaped like a publisher's real
 * registrations: NWR transactions whose writers (SWR/SWT, or OWR for an unpublished co-writer) and
 * publishers (SPU/SPT, linked by PWR) come from a pool of a few hundred parties, so the same parties
 * recur across works; valid IPI name numbers and ISWCs; splits of one to three writers with the
 * writers' half of the performing right and the publishers' share of the rest; some alternate titles
 * (ALT), and some recordings (PER + REC) with an ISRC. Used by the import benchmark and its tests.
 */
final class CwrSampleFile {

    /** Parties the works draw from; a catalogue of 10,000 works has far fewer writers than works. */
    static final int WRITERS = 300;

    static final int PUBLISHERS = 80;

    private static final String[] FIRST_NAMES = {
        "ANNA", "BEN", "CLARA", "DAVID", "ELENA", "FELIX", "GRACE", "HUGO", "IRIS", "JONAS", "KAREN", "LUCAS", "MAYA",
        "NOAH", "OLGA", "PAUL", "QUINN", "ROSA", "SIMON", "TARA", "ULRICH", "VERA", "WILL", "XENIA", "YUSUF", "ZOE"
    };
    private static final String[] LAST_NAMES = {
        "ADLER",
        "BRANDT",
        "CARVALHO",
        "DUBOIS",
        "EKLUND",
        "FISCHER",
        "GARCIA",
        "HOLM",
        "IVANOV",
        "JENSEN",
        "KOWALSKI",
        "LAURENT",
        "MORENO",
        "NAKAMURA",
        "OKAFOR",
        "PETERSEN",
        "QUINTERO",
        "ROSSI",
        "SATO",
        "TANAKA",
        "UDOH",
        "VARGAS",
        "WEBER",
        "XAVIER",
        "YILMAZ",
        "ZIMMER"
    };
    private static final String[] WORDS = {
        "MIDNIGHT", "RIVER", "ECHO", "GOLDEN", "SILENT", "FIRE", "OCEAN", "SHADOW", "CITY", "LIGHTS", "SUMMER", "RAIN",
        "WILD", "HEART", "NORTHERN", "STAR", "BROKEN", "WINGS", "ELECTRIC", "DREAM", "VELVET", "SKY", "IRON", "ROSE",
        "DISTANT", "SHORE", "NEON", "NIGHTS", "HOLLOW", "HILLS", "CRIMSON", "TIDE", "PAPER", "MOON", "SECRET", "GARDEN",
        "FROZEN", "ROAD", "LAST", "DANCE", "BLUE", "HORIZON", "SWEET", "THUNDER", "EMPTY", "ROOMS", "SILVER", "LINE"
    };
    private static final String[] PUBLISHER_WORDS = {
        "AURORA",
        "BEACON",
        "CASCADE",
        "DELTA",
        "EMBER",
        "FALCON",
        "GLACIER",
        "HARBOR",
        "INDIGO",
        "JUNIPER",
        "KESTREL",
        "LANTERN",
        "MERIDIAN",
        "NORTHSTAR",
        "ORCHARD",
        "PINNACLE"
    };
    private static final String[] PUBLISHER_SUFFIXES = {"MUSIC", "SONGS", "PUBLISHING", "EDITIONS", "MUSIC LTD"};
    private static final String[] SOCIETIES = {"010", "021", "052", "058", "035", "071"};
    private static final String[] ISRC_COUNTRIES = {"GB", "US", "FR", "DE", "SE"};

    /** A party of the pool: its interested-party number in this file, name, IPI and society code. */
    private record Pool(String ipNumber, String lastName, String firstName, String ipi, String society) {}

    /** One writer's part of a work: their contribution in hundredths of a percent, and their publisher. */
    private record Part(Pool writer, int cents, Pool publisher, String designation) {}

    private final Random random;
    private final List<Pool> writers = new ArrayList<>();
    private final List<Pool> publishers = new ArrayList<>();
    private final Map<Pool, Pool> homePublisher = new LinkedHashMap<>();
    private final Set<String> titles = new HashSet<>();
    private final List<String> lines = new ArrayList<>();
    private int transactions;

    private CwrSampleFile(long seed) {
        this.random = new Random(seed);
    }

    /** The text of a file of {@code works} NWR transactions in one group. */
    static String generate(int works, long seed) {
        return new CwrSampleFile(seed).write(works);
    }

    /** The distinct writers and publishers a file of {@code works} names, as the import counts parties. */
    static long partiesIn(String text) {
        CwrDocument document = CwrParser.parse(text);
        Set<String> keys = new HashSet<>();
        for (CwrDocument.ParsedWork work : document.works()) {
            work.writers().forEach(w -> keys.add(document.partyKey(w.writer().party())));
            work.publishers().forEach(p -> keys.add(document.partyKey(p.party())));
        }
        return keys.size();
    }

    private String write(int works) {
        createPool();
        lines.add(header());
        lines.add("GRHNWR0000102.100000000000  ");
        for (int i = 0; i < works; i++) {
            work(i);
        }
        int groupRecords = lines.size() - 1 + 1; // GRH .. GRT, the HDR excluded
        lines.add(new Line("GRT")
                .num(4, 5, 1)
                .num(9, 8, transactions)
                .num(17, 8, groupRecords)
                .text());
        lines.add(new Line("TRL")
                .num(4, 5, 1)
                .num(9, 8, transactions)
                .num(17, 8, lines.size() + 1)
                .text());
        return String.join("\r\n", lines) + "\r\n";
    }

    private void createPool() {
        Set<String> names = new HashSet<>();
        while (writers.size() < WRITERS) {
            String first = pick(FIRST_NAMES);
            String last = pick(LAST_NAMES);
            // Some writers share a surname and first name with another: a middle initial tells them apart.
            if (!names.add(first + " " + last)) {
                first = first + " " + (char) ('A' + random.nextInt(26)) + ".";
                if (!names.add(first + " " + last)) {
                    continue;
                }
            }
            int n = writers.size() + 1;
            // One writer in twenty has no IPI in the file: matched by name instead.
            String ipi = random.nextInt(20) == 0 ? null : ipi(100_000_000L + n * 7919L);
            writers.add(new Pool(String.format(Locale.ROOT, "W%06d", n), last, first, ipi, pick(SOCIETIES)));
        }
        Set<String> publisherNames = new HashSet<>();
        while (publishers.size() < PUBLISHERS) {
            String name = pick(PUBLISHER_WORDS) + " " + pick(WORDS) + " " + pick(PUBLISHER_SUFFIXES);
            if (!publisherNames.add(name)) {
                continue;
            }
            int n = publishers.size() + 1;
            publishers.add(new Pool(
                    String.format(Locale.ROOT, "P%06d", n),
                    name,
                    null,
                    ipi(500_000_000L + n * 104_729L),
                    pick(SOCIETIES)));
        }
        for (Pool writer : writers) {
            homePublisher.put(writer, publishers.get(random.nextInt(publishers.size())));
        }
    }

    private String header() {
        return new Line("HDR")
                .put(4, 2, "PB")
                .num(6, 9, 199)
                .put(15, 45, "SAMPLE MUSIC PUBLISHING")
                .put(60, 5, "01.10")
                .put(65, 8, "20260101")
                .put(73, 6, "120000")
                .put(79, 8, "20260101")
                .text();
    }

    private void work(int index) {
        int transaction = transactions++;
        List<String> body = new ArrayList<>();
        List<Part> parts = parts();
        String title = title();
        // One work in eight is not yet registered with an ISWC.
        String iswc = random.nextInt(8) == 0 ? null : iswc(100_000_000 + index);
        body.add(new Line("NWR")
                .put(20, 60, title)
                .put(80, 2, "EN")
                .put(82, 14, String.format(Locale.ROOT, "SMP%08d", index + 1))
                .put(96, 11, iswc)
                .num(107, 8, 0)
                .put(127, 3, "POP")
                .num(130, 6, 200 + random.nextInt(300))
                .put(136, 1, "Y")
                .put(143, 3, "ORI")
                .put(260, 1, "N")
                .text());
        // Publishers in the order their writers are listed, each once, with the shares of all its writers.
        Map<Pool, int[]> publisherCents = new LinkedHashMap<>();
        for (Part part : parts) {
            if (part.publisher() != null) {
                publisherCents.computeIfAbsent(part.publisher(), p -> new int[1])[0] += part.cents();
            }
        }
        int chain = 1;
        for (Map.Entry<Pool, int[]> entry : publisherCents.entrySet()) {
            Pool publisher = entry.getKey();
            int cents = entry.getValue()[0];
            int pr = cents - cents / 2;
            body.add(new Line("SPU")
                    .num(20, 2, chain++)
                    .put(22, 9, publisher.ipNumber())
                    .put(31, 45, publisher.lastName())
                    .put(76, 1, "N")
                    .put(77, 2, "E")
                    .put(88, 11, publisher.ipi())
                    .put(113, 3, publisher.society())
                    .num(116, 5, pr)
                    .put(121, 3, "034")
                    .num(124, 5, cents)
                    .put(129, 3, publisher.society())
                    .num(132, 5, cents)
                    .put(138, 1, "N")
                    .text());
            body.add(new Line("SPT")
                    .put(20, 9, publisher.ipNumber())
                    .num(35, 5, pr)
                    .num(40, 5, cents)
                    .num(45, 5, cents)
                    .put(50, 1, "I")
                    .num(51, 4, 2136)
                    .put(55, 1, "N")
                    .num(56, 3, 1)
                    .text());
        }
        for (Part part : parts) {
            Pool writer = part.writer();
            boolean published = part.publisher() != null;
            int pr = published ? part.cents() / 2 : part.cents();
            int other = published ? 0 : part.cents();
            body.add(new Line(published ? "SWR" : "OWR")
                    .put(20, 9, writer.ipNumber())
                    .put(29, 45, writer.lastName())
                    .put(74, 30, writer.firstName())
                    .put(104, 1, "N")
                    .put(105, 2, part.designation())
                    .put(116, 11, writer.ipi())
                    .put(127, 3, writer.society())
                    .num(130, 5, pr)
                    .put(135, 3, published ? "034" : "")
                    .num(138, 5, other)
                    .num(146, 5, other)
                    .put(153, 1, "N")
                    .text());
            if (published) {
                body.add(new Line("SWT")
                        .put(20, 9, writer.ipNumber())
                        .num(29, 5, pr)
                        .num(34, 5, 0)
                        .num(39, 5, 0)
                        .put(44, 1, "I")
                        .num(45, 4, 2136)
                        .put(49, 1, "N")
                        .num(50, 3, 1)
                        .text());
                body.add(new Line("PWR")
                        .put(20, 9, part.publisher().ipNumber())
                        .put(29, 45, part.publisher().lastName())
                        .put(102, 9, writer.ipNumber())
                        .text());
            }
        }
        if (random.nextInt(5) == 0) {
            int alternates = 1 + random.nextInt(2);
            for (int a = 0; a < alternates; a++) {
                body.add(new Line("ALT")
                        .put(20, 60, a == 0 ? title + " (INSTRUMENTAL)" : title + " (RADIO EDIT)")
                        .put(80, 2, "AT")
                        .text());
            }
        }
        if (random.nextInt(10) < 3) {
            body.add(new Line("PER")
                    .put(20, 45, "THE " + pick(WORDS) + " " + pick(WORDS))
                    .text());
            body.add(new Line("REC")
                    .put(20, 8, String.format(Locale.ROOT, "%04d0101", 1990 + random.nextInt(35)))
                    .put(88, 6, String.format(Locale.ROOT, "000%d%02d", 2 + random.nextInt(3), random.nextInt(60)))
                    .put(99, 60, title)
                    .put(159, 60, pick(PUBLISHER_WORDS) + " RECORDS")
                    .put(250, 12, isrc(index))
                    .put(262, 1, "A")
                    .put(263, 1, "D")
                    .put(264, 3, "CD")
                    .text());
        }
        for (int record = 0; record < body.size(); record++) {
            lines.add(body.get(record).substring(0, 3)
                    + String.format(Locale.ROOT, "%08d%08d", transaction, record)
                    + body.get(record).substring(19));
        }
    }

    /** One to three writers; most have a publisher, their usual one; one part in ten is unpublished. */
    private List<Part> parts() {
        int[][] splits = {{10000}, {5000, 5000}, {6000, 4000}, {7500, 2500}, {3334, 3333, 3333}, {5000, 2500, 2500}};
        int[] split = splits[random.nextInt(splits.length)];
        List<Part> parts = new ArrayList<>();
        Set<Pool> chosen = new HashSet<>();
        for (int cents : split) {
            Pool writer;
            do {
                writer = writers.get(random.nextInt(writers.size()));
            } while (!chosen.add(writer));
            Pool publisher = random.nextInt(10) == 0 ? null : homePublisher.get(writer);
            String designation = random.nextInt(4) == 0 ? (random.nextBoolean() ? "C " : "A ") : "CA";
            parts.add(new Part(writer, cents, publisher, designation.strip()));
        }
        // A single writer who is unpublished would leave the work without a publisher: give them theirs.
        if (parts.stream().allMatch(p -> p.publisher() == null)) {
            Part first = parts.get(0);
            parts.set(
                    0, new Part(first.writer(), first.cents(), homePublisher.get(first.writer()), first.designation()));
        }
        return parts;
    }

    private String title() {
        while (true) {
            String title = pick(WORDS) + " " + pick(WORDS) + (random.nextBoolean() ? "" : " " + pick(WORDS));
            if (titles.add(title)) {
                return title;
            }
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** An ISWC with its check digit (seed 1, weights 1..9 over the nine digits). */
    static String iswc(int nineDigits) {
        String digits = String.format(Locale.ROOT, "%09d", nineDigits);
        int sum = 1;
        for (int i = 0; i < 9; i++) {
            sum += (i + 1) * (digits.charAt(i) - '0');
        }
        return "T" + digits + (10 - sum % 10) % 10;
    }

    /** An IPI name number: nine digits and a mod-101 check over weights 10..2. */
    static String ipi(long nineDigits) {
        String digits = String.format(Locale.ROOT, "%09d", nineDigits % 1_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (digits.charAt(i) - '0');
        }
        int remainder = sum % 101;
        int check = remainder == 0 ? 0 : (101 - remainder) % 100;
        return digits + String.format(Locale.ROOT, "%02d", check);
    }

    private static String isrc(int index) {
        return ISRC_COUNTRIES[index % ISRC_COUNTRIES.length] + "SMP"
                + String.format(Locale.ROOT, "%02d%05d", 20 + index / 100_000, index % 100_000);
    }

    /**
     * A fixed-width record being filled in, columns counted from 1 as the CWR specification counts them.
     * The transaction and record sequence numbers (columns 4-19) are set when the transaction is written.
     */
    private static final class Line {

        private final StringBuilder text = new StringBuilder();

        Line(String type) {
            text.append(type).append("0".repeat(16));
        }

        Line put(int column, int width, String value) {
            String v = value == null ? "" : value;
            if (v.length() > width) {
                v = v.substring(0, width);
            }
            while (text.length() < column - 1) {
                text.append(' ');
            }
            text.replace(column - 1, Math.min(text.length(), column - 1 + width), v + " ".repeat(width - v.length()));
            return this;
        }

        Line num(int column, int width, long value) {
            return put(column, width, String.format(Locale.ROOT, "%0" + width + "d", value));
        }

        String text() {
            return text.toString();
        }
    }
}
