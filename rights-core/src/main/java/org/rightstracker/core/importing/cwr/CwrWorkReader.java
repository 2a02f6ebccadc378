package org.rightstracker.core.importing.cwr;

import static org.rightstracker.core.importing.cwr.CwrLayout.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.rightstracker.core.identifier.IpiNameNumber;
import org.rightstracker.core.identifier.Isrc;
import org.rightstracker.core.identifier.Iswc;
import org.rightstracker.core.shared.InvalidValueException;
import org.rightstracker.core.work.WorkRegistration;
import org.rightstracker.core.work.WriterDesignation;

/**
 * Reads one NWR, REV or ISW transaction into a {@link CwrWork}, checking each field it uses: names
 * present, identifiers valid (IPI and ISWC check digits, ISRC shape), shares numeric, and each right's
 * ownership shares totalling 100% within CWR's tolerance of 0.06.
 */
final class CwrWorkReader {

    /** CWR accepts a right's ownership total within this distance of 100%. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.06");

    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    private final CwrProblems problems;
    private final Map<String, Integer> skipped = new TreeMap<>();

    CwrWorkReader(CwrProblems problems) {
        this.problems = problems;
    }

    /** Record types read but not imported, with how often each occurred. */
    Map<String, Integer> skipped() {
        return skipped;
    }

    /** The work of a work transaction; null for other transactions, which are counted as skipped. */
    CwrWork read(CwrTransaction transaction) {
        if (!transaction.isWork()) {
            skip(transaction.type());
            transaction.details().forEach(r -> skip(r.type()));
            return null;
        }
        CwrRecord header = transaction.header();
        String title = header.value(WORK_TITLE);
        if (title == null) {
            problems.error(header, WORK_TITLE, "The work has no title.");
        }
        String iswc = iswc(header);
        List<String> alternates = new ArrayList<>();
        List<CwrPublisher> publishers = new ArrayList<>();
        List<CwrWriter> writers = new ArrayList<>();
        List<CwrRecording> recordings = new ArrayList<>();
        List<String> performers = new ArrayList<>();
        List<WorkRegistration.Title> titles = new ArrayList<>();
        List<CwrTerritory> territories = new ArrayList<>();
        String origin = null;
        String originTitle = null;
        Integer originYear = null;
        for (CwrRecord record : transaction.details()) {
            switch (record.type()) {
                case "SPU", "OPU" -> publishers.add(publisher(record));
                case "SWR", "OWR" -> writers.add(writer(record));
                case "PWR" -> link(record, writers, publishers);
                case "SPT" -> publisherTerritory(record, publishers, territories);
                case "SWT" -> writerTerritory(record, writers, territories);
                case "OPT", "OWT" -> skip(record.type());
                case "ALT" -> {
                    String alternate = record.value(ALT_TITLE);
                    if (alternate != null && !alternates.contains(alternate)) {
                        alternates.add(alternate);
                        titles.add(new WorkRegistration.Title(
                                alternate, record.value(ALT_TITLE_TYPE), record.value(ALT_LANGUAGE)));
                    }
                }
                case "PER" -> performers.add(performer(record));
                case "REC" -> recordings.add(recording(record, title));
                case "ORN" -> {
                    origin = origin(record);
                    originTitle = record.value(ORN_PRODUCTION_TITLE);
                    originYear = year(record.value(ORN_YEAR));
                }
                default -> skip(record.type());
            }
        }
        if (!performers.isEmpty()) {
            // PER and REC may come in either order; a 2.1 REC has no artist of its own.
            recordings.replaceAll(r -> r.artist() != null
                    ? r
                    : new CwrRecording(
                            r.line(),
                            r.title(),
                            performers.get(0),
                            r.isrc(),
                            r.label(),
                            r.releaseYear(),
                            r.durationSeconds(),
                            r.albumTitle(),
                            r.catalogueNumber()));
        }
        CwrWork work = new CwrWork(
                header.line(),
                header.type(),
                title,
                header.value(WORK_SUBMITTER_NUMBER),
                iswc,
                List.copyOf(alternates),
                List.copyOf(publishers),
                List.copyOf(writers),
                List.copyOf(recordings),
                List.copyOf(performers),
                origin,
                new CwrWork.Details(
                        header.value(WORK_LANGUAGE),
                        header.value(WORK_VERSION_TYPE),
                        date(header.value(WORK_COPYRIGHT_DATE)),
                        seconds(header.value(WORK_DURATION)),
                        originTitle,
                        originYear,
                        List.copyOf(titles),
                        List.copyOf(territories)));
        // A truncated record is reported once, where it is cut; totals over its missing or cut-off shares
        // would only add a second, misleading error (a fragment "025" is not 0.25%).
        if (!truncated(header) && transaction.details().stream().noneMatch(CwrWorkReader::truncated)) {
            checkTotals(header, work);
        }
        return work;
    }

    private String iswc(CwrRecord header) {
        String written = header.value(WORK_ISWC);
        if (written == null) {
            return null;
        }
        try {
            return Iswc.parse(written).value();
        } catch (InvalidValueException e) {
            problems.error(header, WORK_ISWC, e.getMessage());
            return null;
        }
    }

    private CwrPublisher publisher(CwrRecord record) {
        String name = record.value(PUB_NAME);
        if (name == null) {
            boolean unknown = "Y".equals(record.value(PUB_UNKNOWN));
            problems.error(
                    record,
                    PUB_NAME,
                    unknown
                            ? "The publisher is marked unknown; name it before importing, since its share needs a licensor."
                            : "The publisher has no name.");
        }
        String chain = record.value(PUB_CHAIN);
        return new CwrPublisher(
                record.line(),
                record.type().equals("SPU"),
                chain != null && chain.chars().allMatch(Character::isDigit) ? Integer.parseInt(chain) : 0,
                record.value(PUB_IP_NUMBER),
                name,
                record.value(PUB_TYPE),
                ipi(record, PUB_IPI, name),
                CwrSocieties.name(record.value(PUB_PR_SOCIETY)),
                CwrSocieties.name(record.value(PUB_MR_SOCIETY)),
                percent(record, PUB_PR_SHARE),
                percent(record, PUB_MR_SHARE),
                percent(record, PUB_SR_SHARE));
    }

    private CwrWriter writer(CwrRecord record) {
        String last = record.value(WRITER_LAST_NAME);
        String first = record.value(WRITER_FIRST_NAME);
        if (last == null) {
            boolean unknown = "Y".equals(record.value(WRITER_UNKNOWN));
            problems.error(
                    record,
                    WRITER_LAST_NAME,
                    unknown
                            ? "The writer is marked unknown; name the writer before importing."
                            : "The writer has no last name.");
        }
        String who = first == null ? last : first + " " + last;
        return new CwrWriter(
                record.line(),
                record.type().equals("SWR"),
                record.value(WRITER_IP_NUMBER),
                last,
                first,
                designation(record),
                ipi(record, WRITER_IPI, who),
                CwrSocieties.name(record.value(WRITER_PR_SOCIETY)),
                CwrSocieties.name(record.value(WRITER_MR_SOCIETY)),
                percent(record, WRITER_PR_SHARE),
                percent(record, WRITER_MR_SHARE),
                percent(record, WRITER_SR_SHARE),
                "Y".equals(record.value(WRITER_FOR_HIRE)),
                new ArrayList<>());
    }

    private WriterDesignation designation(CwrRecord record) {
        String code = record.value(WRITER_DESIGNATION);
        if (code == null) {
            return WriterDesignation.CA;
        }
        switch (code) {
            case "SA":
                return WriterDesignation.A;
            case "SR":
                return WriterDesignation.AR;
            default:
                try {
                    return WriterDesignation.valueOf(code);
                } catch (IllegalArgumentException e) {
                    problems.warning(
                            record,
                            WRITER_DESIGNATION,
                            "Writer designation '" + code + "' has no counterpart here; the writer is imported as"
                                    + " composer/author (CA).");
                    return WriterDesignation.CA;
                }
        }
    }

    private void link(CwrRecord record, List<CwrWriter> writers, List<CwrPublisher> publishers) {
        String publisherIp = record.value(PWR_PUBLISHER_IP);
        String writerIp = record.value(PWR_WRITER_IP);
        // Before CWR 2.1 a PWR named no writer and belonged to the SWR just above it.
        CwrWriter writer = writerIp == null
                ? (writers.isEmpty() ? null : writers.get(writers.size() - 1))
                : writers.stream()
                        .filter(w -> writerIp.equals(w.ipNumber()))
                        .findFirst()
                        .orElse(null);
        if (writer == null) {
            problems.warning(
                    record,
                    PWR_WRITER_IP,
                    "The PWR names writer " + writerIp
                            + ", who is not among the writers above it; the link was ignored.");
            return;
        }
        if (publishers.stream().noneMatch(p -> publisherIp != null && publisherIp.equals(p.ipNumber()))) {
            problems.warning(
                    record,
                    PWR_PUBLISHER_IP,
                    "The PWR names publisher " + publisherIp + ", who is not among the publishers of the work.");
            return;
        }
        writer.publisherIpNumbers().add(publisherIp);
    }

    // An SPT belongs to the SPU/OPU above it with its interested-party number, an SWT to such an SWR/OWR.
    private void publisherTerritory(CwrRecord record, List<CwrPublisher> publishers, List<CwrTerritory> into) {
        String ip = record.value(TERRITORY_IP_NUMBER);
        int index = -1;
        for (int i = publishers.size() - 1; i >= 0 && index < 0; i--) {
            if (ip == null || ip.equals(publishers.get(i).ipNumber())) {
                index = i;
            }
        }
        territory(record, false, index, SPT_INCLUSION, SPT_TIS, SPT_PR_SHARE, SPT_MR_SHARE, SPT_SR_SHARE, into);
    }

    private void writerTerritory(CwrRecord record, List<CwrWriter> writers, List<CwrTerritory> into) {
        String ip = record.value(TERRITORY_IP_NUMBER);
        int index = -1;
        for (int i = writers.size() - 1; i >= 0 && index < 0; i--) {
            if (ip == null || ip.equals(writers.get(i).ipNumber())) {
                index = i;
            }
        }
        territory(record, true, index, SWT_INCLUSION, SWT_TIS, SWT_PR_SHARE, SWT_MR_SHARE, SWT_SR_SHARE, into);
    }

    private void territory(
            CwrRecord record,
            boolean writer,
            int index,
            CwrField inclusion,
            CwrField tis,
            CwrField pr,
            CwrField mr,
            CwrField sr,
            List<CwrTerritory> into) {
        BigDecimal prShare = percent(record, pr);
        BigDecimal mrShare = percent(record, mr);
        BigDecimal srShare = percent(record, sr);
        if (truncated(record)) {
            return;
        }
        String code = record.value(tis);
        if (code == null || !code.chars().allMatch(Character::isDigit)) {
            problems.error(record, tis, "The TIS numeric code '" + (code == null ? "" : code) + "' is not a number.");
            return;
        }
        String flag = record.value(inclusion);
        if (!"I".equals(flag) && !"E".equals(flag)) {
            problems.error(
                    record,
                    inclusion,
                    "The inclusion/exclusion indicator is '" + (flag == null ? "" : flag)
                            + "'; it must be I (collects there) or E (excluded).");
            return;
        }
        if (index < 0) {
            problems.warning(
                    record,
                    TERRITORY_IP_NUMBER,
                    "The " + record.type() + " names " + (writer ? "writer " : "publisher ")
                            + record.value(TERRITORY_IP_NUMBER) + ", who is not above it; the territory was ignored.");
            return;
        }
        into.add(new CwrTerritory(writer, index, "I".equals(flag), Integer.parseInt(code), prShare, mrShare, srShare));
    }

    /** True when the line stops before the last field it must hold (reported by {@link CwrReader}). */
    private static boolean truncated(CwrRecord record) {
        return record.text().length() < CwrLayout.minimumLength(record.type());
    }

    private static LocalDate date(String yyyymmdd) {
        if (yyyymmdd == null || yyyymmdd.chars().allMatch(c -> c == '0')) {
            return null;
        }
        try {
            return LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer year(String yyyy) {
        if (yyyy == null || yyyy.length() != 4 || !yyyy.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int year = Integer.parseInt(yyyy);
        return year > 0 ? year : null;
    }

    private static String performer(CwrRecord record) {
        String last = record.value(PER_LAST_NAME);
        String first = record.value(PER_FIRST_NAME);
        return first == null ? last : first + " " + last;
    }

    private CwrRecording recording(CwrRecord record, String workTitle) {
        String title = record.value(REC_TITLE);
        String label = record.value(REC_RECORD_LABEL);
        String isrc = null;
        String writtenIsrc = record.value(REC_ISRC);
        if (writtenIsrc != null) {
            try {
                isrc = Isrc.parse(writtenIsrc).value();
            } catch (InvalidValueException e) {
                problems.error(record, REC_ISRC, e.getMessage());
            }
        }
        return new CwrRecording(
                record.line(),
                title == null ? workTitle : title,
                record.value(REC_DISPLAY_ARTIST),
                isrc,
                label == null ? record.value(REC_ALBUM_LABEL) : label,
                releaseYear(record.value(REC_RELEASE_DATE)),
                seconds(record.value(REC_DURATION)),
                record.value(REC_ALBUM_TITLE),
                record.value(REC_CATALOGUE_NUMBER));
    }

    private static Integer releaseYear(String date) {
        if (date == null || date.length() != 8 || !date.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int year = Integer.parseInt(date.substring(0, 4));
        return year > 0 ? year : null;
    }

    private static Integer seconds(String hhmmss) {
        if (hhmmss == null || hhmmss.length() != 6 || !hhmmss.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int seconds = Integer.parseInt(hhmmss.substring(0, 2)) * 3600
                + Integer.parseInt(hhmmss.substring(2, 4)) * 60
                + Integer.parseInt(hhmmss.substring(4, 6));
        return seconds > 0 ? seconds : null;
    }

    private static String origin(CwrRecord record) {
        List<String> parts = new ArrayList<>();
        for (CwrField field : List.of(ORN_PURPOSE, ORN_PRODUCTION_TITLE, ORN_LIBRARY)) {
            String value = record.value(field);
            if (value != null) {
                parts.add(field.label() + " " + value);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** An IPI name number; blank or all zeros means none was given. */
    private String ipi(CwrRecord record, CwrField field, String who) {
        String written = record.value(field);
        if (written == null || written.chars().allMatch(c -> c == '0')) {
            return null;
        }
        try {
            return IpiNameNumber.parse(written).value();
        } catch (InvalidValueException e) {
            problems.error(record, field, (who == null ? "" : who + ": ") + e.getMessage());
            return null;
        }
    }

    /** A 5-digit share with two implied decimals (05000 is 50.00%); blank counts as 0. */
    private BigDecimal percent(CwrRecord record, CwrField field) {
        if (record.text().length() < field.end() && truncated(record)) {
            // Cut off: the truncation is the one error to report, not the fragment as a number.
            return BigDecimal.ZERO.setScale(2);
        }
        String written = record.raw(field).strip();
        if (written.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (!written.chars().allMatch(Character::isDigit)) {
            problems.error(
                    record, field, "The " + field.label() + " '" + written + "' is not a number of five digits.");
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(Long.parseLong(written), 2);
    }

    private void checkTotals(CwrRecord header, CwrWork work) {
        total(
                header,
                work,
                "PR",
                work.publishers().stream().map(CwrPublisher::pr),
                work.writers().stream().map(CwrWriter::pr));
        total(
                header,
                work,
                "MR",
                work.publishers().stream().map(CwrPublisher::mr),
                work.writers().stream().map(CwrWriter::mr));
        total(
                header,
                work,
                "SR",
                work.publishers().stream().map(CwrPublisher::sr),
                work.writers().stream().map(CwrWriter::sr));
    }

    private void total(
            CwrRecord header, CwrWork work, String right, Stream<BigDecimal> publishers, Stream<BigDecimal> writers) {
        BigDecimal total = Stream.concat(publishers, writers).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
            problems.add(
                    header,
                    right + " ownership shares",
                    "The " + right + " ownership shares of \"" + work.title() + "\" total "
                            + total.setScale(2).toPlainString() + "%; each right must total 100% (±0.06).",
                    CwrProblem.Severity.ERROR);
        }
    }

    private void skip(String type) {
        skipped.merge(type, 1, Integer::sum);
    }
}
