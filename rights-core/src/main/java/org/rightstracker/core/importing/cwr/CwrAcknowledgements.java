package org.rightstracker.core.importing.cwr;

import static org.rightstracker.core.importing.cwr.CwrLayout.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.rightstracker.core.shared.InChunks;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.Work;

/**
 * Reads a society's acknowledgement file (CWR ACK transactions) and keeps each answer with the work it
 * answers: the work whose submitter work number the ACK quotes, or, for our exports of works that had
 * none, "RT" and the work's id. All or nothing: a file with structural errors is refused whole.
 */
@ApplicationScoped
public class CwrAcknowledgements {

    /** What an acknowledgement file held. */
    public record Result(int acknowledgements, int matched, int accepted, int rejected) {}

    @Transactional
    public Result importFile(String fileName, String text) {
        CwrProblems problems = new CwrProblems();
        CwrReader.Structure structure = CwrReader.read(text, problems);
        List<CwrProblem> errors =
                problems.sorted().stream().filter(CwrProblem::isError).toList();
        if (!errors.isEmpty()) {
            CwrProblem first = errors.get(0);
            throw new ValidationException(
                    "file",
                    fileName + " has " + errors.size() + " error(s), the first at line " + first.line() + ": "
                            + first.message() + " Nothing was recorded.");
        }
        List<CwrTransaction> acks = structure.transactions().stream()
                .filter(t -> t.type().equals("ACK"))
                .toList();
        if (acks.isEmpty()) {
            throw new ValidationException("file", fileName + " holds no ACK transaction; nothing was recorded.");
        }
        Map<String, Work> works = worksByNumber(acks);
        int matched = 0;
        int accepted = 0;
        for (CwrTransaction t : acks) {
            CwrRecord ack = t.header();
            CwrAcknowledgement row = new CwrAcknowledgement();
            row.submitterWorkNumber = ack.value(ACK_SUBMITTER_NUMBER);
            row.work = row.submitterWorkNumber == null ? null : works.get(row.submitterWorkNumber);
            row.title = ack.value(ACK_TITLE);
            row.society = structure.sender();
            row.societyWorkNumber = ack.value(ACK_RECIPIENT_NUMBER);
            row.transactionType = Objects.requireNonNullElse(ack.value(ACK_ORIGINAL_TRANSACTION_TYPE), "NWR");
            row.status = Objects.requireNonNullElse(ack.value(ACK_STATUS), "??");
            row.processingDate = date(ack.value(ACK_PROCESSING_DATE));
            String messages = t.details().stream()
                    .filter(r -> r.type().equals("MSG"))
                    .map(r -> r.value(MSG_TEXT))
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining(" "));
            row.message = messages.isEmpty() ? null : messages.length() > 4000 ? messages.substring(0, 4000) : messages;
            row.fileName = fileName.length() > 300 ? fileName.substring(0, 300) : fileName;
            row.persist();
            matched += row.work == null ? 0 : 1;
            accepted += row.accepted() ? 1 : 0;
        }
        return new Result(acks.size(), matched, accepted, acks.size() - accepted);
    }

    private static Map<String, Work> worksByNumber(List<CwrTransaction> acks) {
        List<String> numbers = acks.stream()
                .map(t -> t.header().value(ACK_SUBMITTER_NUMBER))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<String, Work> byNumber = new HashMap<>();
        InChunks.list(numbers, chunk -> Work.<Work>list("submitterWorkNumber in ?1", chunk))
                .forEach(w -> byNumber.put(w.submitterWorkNumber, w));
        // Our own exports number a work without one "RT" + its id.
        List<Long> ids = numbers.stream()
                .filter(n -> n.matches("RT\\d{1,12}") && !byNumber.containsKey(n))
                .map(n -> Long.parseLong(n.substring(2)))
                .toList();
        InChunks.list(ids, chunk -> Work.<Work>list("id in ?1", chunk))
                .forEach(w -> byNumber.putIfAbsent("RT" + w.id, w));
        return byNumber;
    }

    private static LocalDate date(String yyyymmdd) {
        try {
            return yyyymmdd == null ? null : LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
