package org.rightstracker.core.importing.cwr;

import static org.rightstracker.core.importing.cwr.CwrLayout.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.Work;

/**
 * Registers a production's own music as a CWR 2.2 file: one NWR per work used by its active score and
 * original-song cues, with writers and publishers, their society, IPI and share of each right, the
 * territories they collect in, the work-for-hire flag, alternate titles, and an ORN naming the
 * production. The submitter (the studio's publishing party) and the sender name are configuration.
 * Every field is written through the layout the import reads, and the file is read back by the import's
 * parser before it is handed out: an export the import would refuse is never offered.
 */
@ApplicationScoped
@jakarta.inject.Named("cwrExport")
public class CwrExport {

    /** Name or IPI name number of the party the registrations come from (the studio's publishing arm). */
    @ConfigProperty(name = "rights.cwr.submitter")
    Optional<String> submitter;

    /** The HDR sender name; the submitter's name when not set. */
    @ConfigProperty(name = "rights.cwr.sender-name")
    Optional<String> senderName;

    /** True when a submitter is configured; pages offer the export only then. */
    public boolean configured() {
        return submitter.map(String::strip).filter(s -> !s.isEmpty()).isPresent();
    }

    /** The file: its name as CWR names files (CW + year + sequence + sender + .V22), and its text. */
    public record Export(String fileName, String text, int works) {}

    @Transactional
    public Export production(long productionId, LocalDateTime now) {
        Production production = Production.<Production>findByIdOptional(productionId)
                .orElseThrow(() -> NotFoundException.of("Production", productionId));
        Map<Long, List<Cue>> cuesByWork = new LinkedHashMap<>();
        Cue.<Cue>list("production = ?1 and active = true and work is not null order by number", production).stream()
                .filter(c -> c.origin.isCommissioned())
                .forEach(c -> cuesByWork
                        .computeIfAbsent(c.work.id, id -> new ArrayList<>())
                        .add(c));
        if (cuesByWork.isEmpty()) {
            throw new ValidationException(
                    "production",
                    production.title + " has no active score or original-song cue linked to a work; there is"
                            + " nothing of its own to register.");
        }
        Party from = submitterParty();
        List<String> lines = new ArrayList<>();
        lines.add(header(from, now));
        lines.add(CwrLine.control("GRH")
                .put(GRH_TRANSACTION_TYPE, "NWR")
                .number(GRH_GROUP_ID, 1)
                .put(GRH_VERSION, "02.20")
                .text());
        int transaction = 0;
        for (List<Cue> cues : cuesByWork.values()) {
            lines.addAll(new CwrWorkRecords(from, production, cues).lines(transaction++));
        }
        int groupRecords = lines.size(); // GRH, the transactions and the GRT: every line so far but the HDR, plus one
        lines.add(CwrLine.control("GRT")
                .number(GRT_GROUP_ID, 1)
                .number(GRT_TRANSACTIONS, transaction)
                .number(GRT_RECORDS, groupRecords)
                .text());
        lines.add(CwrLine.control("TRL")
                .number(TRL_GROUPS, 1)
                .number(TRL_TRANSACTIONS, transaction)
                .number(TRL_RECORDS, lines.size() + 1)
                .text());
        String text = String.join("\r\n", lines) + "\r\n";
        List<CwrProblem> errors = CwrParser.parse(text).problems().stream()
                .filter(CwrProblem::isError)
                .toList();
        if (!errors.isEmpty()) {
            CwrProblem first = errors.get(0);
            throw new ValidationException(
                    "production",
                    "The registration could not be written as valid CWR: line " + first.line() + " "
                            + first.recordType() + ": " + first.message());
        }
        String fileName = String.format(
                Locale.ROOT, "CW%02d%04d%s_000.V22", now.getYear() % 100, productionId % 10_000, senderCode(from));
        return new Export(fileName, text, transaction);
    }

    private String header(Party from, LocalDateTime now) {
        String ipi = from.ipiNameNumber == null ? "00000000000" : from.ipiNameNumber;
        // A publisher is identified by its IPI name number: the last nine digits, with the first two in the
        // sender type when they are not zero (CWR's rule for long IPI numbers).
        String type = ipi.startsWith("00") ? "PB" : ipi.substring(0, 2);
        String name = senderName.filter(s -> !s.isBlank()).orElse(from.name).toUpperCase(Locale.ROOT);
        return CwrLine.control("HDR")
                .put(HDR_SENDER_TYPE, type)
                .put(HDR_SENDER_ID, ipi.substring(2))
                .put(HDR_SENDER_NAME, name.length() > HDR_SENDER_NAME.length() ? name.substring(0, 45) : name)
                .put(HDR_EDI_VERSION, "01.10")
                .put(HDR_CREATION_DATE, now.format(DateTimeFormatter.BASIC_ISO_DATE))
                .put(HDR_CREATION_TIME, now.format(DateTimeFormatter.ofPattern("HHmmss")))
                .put(HDR_TRANSMISSION_DATE, now.format(DateTimeFormatter.BASIC_ISO_DATE))
                .put(HDR_CHARACTER_SET, "")
                .put(HDR_VERSION, "2.2")
                .put(HDR_REVISION, "002")
                .put(HDR_SOFTWARE, "RIGHTS TRACKER")
                .text();
    }

    private static String senderCode(Party from) {
        String letters = from.name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return (letters + "XXX").substring(0, 3);
    }

    private Party submitterParty() {
        String configured = submitter.map(String::strip).orElse("");
        if (configured.isEmpty()) {
            throw new ValidationException(
                    "submitter",
                    "No submitter is configured: set rights.cwr.submitter (env RIGHTS_CWR_SUBMITTER) to the name"
                            + " or IPI name number of the studio's publishing party.");
        }
        Optional<Party> found = configured.chars().allMatch(Character::isDigit)
                ? Party.find("ipiNameNumber", configured).firstResultOptional()
                : Party.find("lower(name) = ?1", configured.toLowerCase(Locale.ROOT))
                        .firstResultOptional();
        return found.orElseThrow(() -> new ValidationException(
                "submitter",
                "The configured submitter '" + configured + "' is not a party of the catalogue; create it or"
                        + " correct rights.cwr.submitter."));
    }

    /** Half of a share, to the hundredth (CWR's writers' half of the performing right). */
    static BigDecimal half(BigDecimal share) {
        return share.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }

    static String ipNumber(char kind, Party party) {
        return kind + String.format(Locale.ROOT, "%08d", party.id % 100_000_000L);
    }

    static Work work(List<Cue> cues) {
        return cues.get(0).work;
    }
}
