package org.rightstracker.core.importing.cwr;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the structure of a CWR file: the HDR, groups (GRH ... GRT), transactions with their detail
 * records, and the TRL. What a transaction means is left to {@link CwrWorkReader}; here only the
 * envelope is checked: known record types, complete lines, transactions inside a group of their own
 * type, and the counts the trailers claim.
 */
final class CwrReader {

    /** What the envelope says, and the transactions in file order. */
    record Structure(String version, String sender, int records, List<CwrTransaction> transactions) {}

    private final CwrProblems problems;
    private final List<CwrTransaction> transactions = new ArrayList<>();
    private String version = "2.1";
    private String sender;
    private int records;

    private CwrRecord group;
    private String groupType;
    private int groupRecords;
    private int groupTransactions;
    private int groups;
    private int allTransactions;
    private boolean trailerSeen;
    private CwrTransaction current;

    private CwrReader(CwrProblems problems) {
        this.problems = problems;
    }

    static Structure read(String text, CwrProblems problems) {
        CwrReader reader = new CwrReader(problems);
        reader.readAll(lines(text));
        return new Structure(reader.version, reader.sender, reader.records, List.copyOf(reader.transactions));
    }

    /** Splits on CR LF, LF or CR alike; a DOS end-of-file mark and a final line break are not lines. */
    static List<String> lines(String text) {
        String body = text;
        while (body.endsWith("\u001A") || body.endsWith("\n") || body.endsWith("\r")) {
            body = body.substring(0, body.length() - 1);
        }
        return body.isEmpty() ? List.of() : body.lines().toList();
    }

    private void readAll(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            problems.add(new CwrRecord(1, "", ""), null, "The file holds no records.", CwrProblem.Severity.ERROR);
            return;
        }
        if (!lines.get(first).startsWith("HDR")) {
            problems.add(
                    new CwrRecord(first + 1, typeOf(lines.get(first)), lines.get(first)),
                    "Record type",
                    "The file does not start with an HDR record, so it is not a CWR file.",
                    CwrProblem.Severity.ERROR);
            return;
        }
        for (int i = first; i < lines.size(); i++) {
            read(i + 1, lines.get(i));
        }
        finish(lines.size());
    }

    private void read(int lineNumber, String line) {
        if (line.isBlank()) {
            problems.add(
                    new CwrRecord(lineNumber, "", line),
                    null,
                    "The line is empty; CWR has no empty lines. It was skipped.",
                    CwrProblem.Severity.WARNING);
            return;
        }
        CwrRecord record = new CwrRecord(lineNumber, typeOf(line), line);
        if (trailerSeen) {
            problems.error(record, null, "A record follows the TRL trailer, which must be the last record.");
            return;
        }
        records++;
        if (groupType != null) {
            groupRecords++;
        }
        if (!CwrLayout.isKnown(record.type())) {
            problems.error(
                    record,
                    new CwrField("Record type", 1, 3),
                    "Record type '" + record.type() + "' is not a CWR 2.1 or 2.2 record type; the line was not read.");
            return;
        }
        checkLength(record);
        switch (record.type()) {
            case "HDR" -> header(record);
            case "GRH" -> groupHeader(record);
            case "GRT" -> groupTrailer(record);
            case "TRL" -> trailer(record);
            default -> body(record);
        }
    }

    private void checkLength(CwrRecord record) {
        int needed = CwrLayout.minimumLength(record.type());
        if (record.text().length() < needed) {
            CwrField last = CwrLayout.lastRequired(record.type());
            String what = last == null
                    ? "the record sequence number"
                    : "the " + last.label().toLowerCase() + " (columns " + last.start() + "–" + last.end() + ")";
            problems.error(
                    record,
                    last,
                    "The " + record.type() + " record stops at column "
                            + record.text().length() + ", before " + what + ": the line is truncated.");
        }
    }

    private void header(CwrRecord record) {
        if (records > 1) {
            problems.error(record, null, "A second HDR record; a file has one header, on its first line.");
            return;
        }
        sender = record.value(CwrLayout.HDR_SENDER_NAME);
        if ("2.2".equals(record.value(CwrLayout.HDR_VERSION))) {
            version = "2.2";
        }
    }

    private void groupHeader(CwrRecord record) {
        if (groupType != null) {
            problems.error(
                    record,
                    null,
                    "A new group starts before the group opened at line " + group.line() + " was closed by a GRT.");
        }
        group = record;
        groupType = record.value(CwrLayout.GRH_TRANSACTION_TYPE);
        groupType = groupType == null ? "" : groupType;
        groupRecords = 1;
        groupTransactions = 0;
        groups++;
        current = null;
    }

    private void groupTrailer(CwrRecord record) {
        if (groupType == null) {
            problems.error(record, null, "A GRT closes a group that was never opened by a GRH.");
            return;
        }
        compareCount(record, CwrLayout.GRT_TRANSACTIONS, groupTransactions, "transactions in the group,");
        compareCount(record, CwrLayout.GRT_RECORDS, groupRecords, "records in the group, GRH and GRT included");
        groupType = null;
        current = null;
    }

    private void trailer(CwrRecord record) {
        if (groupType != null) {
            problems.error(
                    record, null, "The TRL comes before the group opened at line " + group.line() + " was closed.");
            groupType = null;
        }
        compareCount(record, CwrLayout.TRL_GROUPS, groups, "groups,");
        compareCount(record, CwrLayout.TRL_TRANSACTIONS, allTransactions, "transactions,");
        compareCount(record, CwrLayout.TRL_RECORDS, records, "records (HDR and TRL included),");
        trailerSeen = true;
        current = null;
    }

    private void body(CwrRecord record) {
        if (CwrLayout.isTransactionHeader(record.type())) {
            if (groupType == null) {
                problems.error(
                        record, null, "The " + record.type() + " transaction is outside any group (GRH ... GRT).");
            } else if (!groupType.equals(record.type())) {
                problems.error(
                        record,
                        new CwrField("Transaction type", 1, 3),
                        "An " + record.type() + " transaction sits inside a " + groupType + " group (GRH at line "
                                + group.line() + "); a group holds only transactions of its own type.");
            }
            groupTransactions++;
            allTransactions++;
            current = new CwrTransaction(record);
            transactions.add(current);
            return;
        }
        if (current == null) {
            problems.error(record, null, "The " + record.type() + " record is outside any transaction.");
            return;
        }
        current.details().add(record);
    }

    private void finish(int lastLine) {
        CwrRecord end = new CwrRecord(lastLine, "TRL", "");
        if (groupType != null) {
            problems.error(
                    end,
                    null,
                    "The group opened at line " + group.line() + " is never closed by a GRT: the file is truncated.");
        }
        if (!trailerSeen) {
            problems.error(end, null, "The file ends without its TRL trailer record: the file is truncated.");
        }
    }

    // Trailer counts that disagree with the file point at lost or added lines, but the records read are
    // complete in themselves, so a mismatch is a warning rather than a reason to refuse the file.
    private void compareCount(CwrRecord record, CwrField field, int actual, String what) {
        String written = record.value(field);
        if (written == null || !written.chars().allMatch(Character::isDigit)) {
            problems.warning(record, field, "The " + field.label().toLowerCase() + " is not a number.");
            return;
        }
        int claimed = Integer.parseInt(written);
        if (claimed != actual) {
            problems.warning(
                    record,
                    field,
                    "The " + record.type() + " counts " + claimed + " " + what + " but the file has " + actual + ".");
        }
    }

    private static String typeOf(String line) {
        return line.length() >= 3 ? line.substring(0, 3) : line.strip();
    }
}
