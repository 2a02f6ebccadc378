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

    /**
     * One society answer as the file gives it, with the work it answers (null when no work of ours has
     * that number).
     */
    public record Answer(
            int line,
            String submitterWorkNumber,
            Long workId,
            String workTitle,
            String title,
            String societyWorkNumber,
            String transactionType,
            String status,
            String statusLabel,
            boolean accepted,
            LocalDate processingDate,
            String message) {}

    /**
     * What a file would record, before anything is written: the answers, and every problem by line. It
     * can be recorded only without errors and with at least one answer.
     */
    public record Preview(
            String fileName, String society, List<Answer> answers, List<CwrProblem> problems, String refusal) {

        public boolean canCommit() {
            return refusal == null;
        }

        public long accepted() {
            return answers.stream().filter(Answer::accepted).count();
        }

        public long rejected() {
            return answers.size() - accepted();
        }

        public long unmatched() {
            return answers.stream().filter(a -> a.workId() == null).count();
        }
    }

    /** Reads the file and matches its answers to our works; writes nothing. */
    public Preview preview(String fileName, String text) {
        CwrProblems problems = new CwrProblems();
        CwrReader.Structure structure = CwrReader.read(text, problems);
        List<CwrProblem> all = problems.sorted();
        List<CwrProblem> errors = all.stream().filter(CwrProblem::isError).toList();
        List<CwrTransaction> acks = structure.transactions().stream()
                .filter(t -> t.type().equals("ACK"))
                .toList();
        Map<String, Work> works = worksByNumber(acks);
        List<Answer> answers = acks.stream().map(t -> answer(t, works)).toList();
        String refusal = null;
        if (!errors.isEmpty()) {
            CwrProblem first = errors.get(0);
            refusal = fileName + " has " + errors.size() + " error(s), the first at line " + first.line() + ": "
                    + first.message() + " Nothing was recorded.";
        } else if (acks.isEmpty()) {
            refusal = fileName + " holds no ACK transaction; nothing was recorded.";
        }
        return new Preview(fileName, structure.sender(), answers, all, refusal);
    }

    /** Records every answer of the file with its work, or nothing when the preview shows it cannot. */
    @Transactional
    public Result importFile(String fileName, String text) {
        Preview preview = preview(fileName, text);
        if (!preview.canCommit()) {
            throw new ValidationException("file", preview.refusal());
        }
        int matched = 0;
        int accepted = 0;
        for (Answer answer : preview.answers()) {
            CwrAcknowledgement row = new CwrAcknowledgement();
            row.submitterWorkNumber = answer.submitterWorkNumber();
            row.work = answer.workId() == null ? null : Work.findById(answer.workId());
            row.title = answer.title();
            row.society = preview.society();
            row.societyWorkNumber = answer.societyWorkNumber();
            row.transactionType = answer.transactionType();
            row.status = answer.status();
            row.processingDate = answer.processingDate();
            row.message = answer.message();
            row.fileName = fileName.length() > 300 ? fileName.substring(0, 300) : fileName;
            row.persist();
            matched += row.work == null ? 0 : 1;
            accepted += answer.accepted() ? 1 : 0;
        }
        return new Result(
                preview.answers().size(), matched, accepted, preview.answers().size() - accepted);
    }

    private static Answer answer(CwrTransaction t, Map<String, Work> works) {
        CwrRecord ack = t.header();
        String number = ack.value(ACK_SUBMITTER_NUMBER);
        Work work = number == null ? null : works.get(number);
        String status = Objects.requireNonNullElse(ack.value(ACK_STATUS), "??");
        String messages = t.details().stream()
                .filter(r -> r.type().equals("MSG"))
                .map(r -> r.value(MSG_TEXT))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return new Answer(
                ack.line(),
                number,
                work == null ? null : work.id,
                work == null ? null : work.title,
                ack.value(ACK_TITLE),
                ack.value(ACK_RECIPIENT_NUMBER),
                Objects.requireNonNullElse(ack.value(ACK_ORIGINAL_TRANSACTION_TYPE), "NWR"),
                status,
                CwrAcknowledgement.label(status),
                CwrAcknowledgement.accepts(status),
                date(ack.value(ACK_PROCESSING_DATE)),
                messages.isEmpty() ? null : messages.length() > 4000 ? messages.substring(0, 4000) : messages);
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
