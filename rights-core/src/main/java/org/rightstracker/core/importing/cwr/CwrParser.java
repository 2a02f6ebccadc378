package org.rightstracker.core.importing.cwr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.rightstracker.core.identifier.Iswc;

/**
 * Reads a CWR 2.1 or 2.2 file into works and problems without touching the database. Across the
 * file's transactions it also checks that one ISWC names one work, and folds a work registered twice
 * (an NWR later revised by a REV, say) into its last registration.
 */
public final class CwrParser {

    private CwrParser() {}

    static CwrDocument parse(String text) {
        CwrProblems problems = new CwrProblems();
        CwrReader.Structure structure = CwrReader.read(text, problems);
        CwrWorkReader reader = new CwrWorkReader(problems);
        List<CwrDocument.ParsedWork> works = new ArrayList<>();
        for (CwrTransaction transaction : structure.transactions()) {
            CwrWork work = reader.read(transaction);
            if (work == null) {
                continue;
            }
            CwrOwnership.Result ownership = CwrOwnership.of(work, transaction.header(), problems);
            fold(works, new CwrDocument.ParsedWork(work, ownership.writers(), ownership.publishers()), problems);
        }
        return new CwrDocument(
                structure.version(),
                structure.sender(),
                structure.records(),
                List.copyOf(works),
                reader.skipped(),
                problems.sorted());
    }

    private static void fold(List<CwrDocument.ParsedWork> works, CwrDocument.ParsedWork next, CwrProblems problems) {
        CwrWork work = next.work();
        CwrRecord header = new CwrRecord(work.line(), work.transactionType(), "");
        for (int i = 0; i < works.size(); i++) {
            CwrWork earlier = works.get(i).work();
            boolean sameTitle = CwrParty.normalisedName(earlier.title()).equals(CwrParty.normalisedName(work.title()));
            boolean sameIswc = work.iswc() != null && work.iswc().equals(earlier.iswc());
            if (sameIswc && !sameTitle) {
                problems.add(
                        header,
                        CwrLayout.WORK_ISWC.label(),
                        "ISWC " + Iswc.parse(work.iswc()).formatted() + " is also given to \"" + earlier.title()
                                + "\" (line " + earlier.line() + "); one ISWC identifies one work.",
                        CwrProblem.Severity.ERROR);
                continue;
            }
            boolean eitherWithoutIswc = work.iswc() == null || earlier.iswc() == null;
            if (sameIswc
                    || (eitherWithoutIswc && sameTitle && writerKeys(earlier).equals(writerKeys(work)))) {
                problems.add(
                        header,
                        null,
                        "\"" + work.title() + "\" was already registered at line " + earlier.line()
                                + "; this later registration replaces it.",
                        CwrProblem.Severity.WARNING);
                works.set(i, withIswc(next, Objects.requireNonNullElse(work.iswc(), earlier.iswc())));
                return;
            }
        }
        works.add(next);
    }

    private static Set<String> writerKeys(CwrWork work) {
        return work.writers().stream().map(w -> w.party().key()).collect(Collectors.toSet());
    }

    private static CwrDocument.ParsedWork withIswc(CwrDocument.ParsedWork parsed, String iswc) {
        CwrWork w = parsed.work();
        if (Objects.equals(w.iswc(), iswc)) {
            return parsed;
        }
        CwrWork merged = new CwrWork(
                w.line(),
                w.transactionType(),
                w.title(),
                w.submitterWorkNumber(),
                iswc,
                w.alternateTitles(),
                w.publishers(),
                w.writers(),
                w.recordings(),
                w.performers(),
                w.origin());
        return new CwrDocument.ParsedWork(merged, parsed.writers(), parsed.publishers());
    }
}
