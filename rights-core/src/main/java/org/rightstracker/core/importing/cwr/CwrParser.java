package org.rightstracker.core.importing.cwr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rightstracker.core.catalogue.FileParties;
import org.rightstracker.core.catalogue.PartyMatcher;
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
        List<CwrDocument.ParsedWork> read = new ArrayList<>();
        for (CwrTransaction transaction : structure.transactions()) {
            CwrWork work = reader.read(transaction);
            if (work == null) {
                continue;
            }
            CwrOwnership.Result ownership = CwrOwnership.of(work, transaction.header(), problems);
            read.add(new CwrDocument.ParsedWork(work, ownership.writers(), ownership.publishers()));
        }
        // Who is who depends on every mention in the file (a name may carry its IPI only further down),
        // so repeated registrations are folded once all of them are read.
        FileParties parties = FileParties.of(read.stream()
                .flatMap(parsed -> Stream.concat(
                        parsed.work().writers().stream().map(CwrWriter::party),
                        parsed.work().publishers().stream().map(CwrPublisher::party)))
                .map(party -> new PartyMatcher.Mention(party.name(), party.ipi()))
                .toList());
        Registrations works = new Registrations();
        read.forEach(parsed -> fold(works, parsed, parties, problems));
        return new CwrDocument(
                structure.version(),
                structure.sender(),
                structure.records(),
                List.copyOf(works.list),
                reader.skipped(),
                problems.sorted(),
                parties);
    }

    /**
     * The works read so far, indexed by ISWC and by title: only a work sharing one of them can be an
     * earlier registration of the next, and looking them up instead of comparing with every earlier work
     * keeps a file of 10,000 works from costing 50 million comparisons.
     */
    private static final class Registrations {

        final List<CwrDocument.ParsedWork> list = new ArrayList<>();
        private final Map<String, List<Integer>> byIswc = new HashMap<>();
        private final Map<String, List<Integer>> byTitle = new HashMap<>();

        /** Positions of the earlier works with this ISWC or this title, in file order. */
        SortedSet<Integer> candidates(CwrWork work) {
            SortedSet<Integer> found = new TreeSet<>(byTitle.getOrDefault(title(work), List.of()));
            if (work.iswc() != null) {
                found.addAll(byIswc.getOrDefault(work.iswc(), List.of()));
            }
            return found;
        }

        void add(CwrDocument.ParsedWork parsed) {
            list.add(parsed);
            index(list.size() - 1, parsed.work());
        }

        /** A later registration of the same work (same title, so only its ISWC can be new). */
        void replace(int position, CwrDocument.ParsedWork parsed) {
            list.set(position, parsed);
            index(position, parsed.work());
        }

        private void index(int position, CwrWork work) {
            add(byTitle, title(work), position);
            if (work.iswc() != null) {
                add(byIswc, work.iswc(), position);
            }
        }

        private static void add(Map<String, List<Integer>> index, String key, int position) {
            List<Integer> positions = index.computeIfAbsent(key, k -> new ArrayList<>());
            if (!positions.contains(position)) {
                positions.add(position);
            }
        }

        private static String title(CwrWork work) {
            return CwrParty.normalisedName(work.title());
        }
    }

    private static void fold(
            Registrations works, CwrDocument.ParsedWork next, FileParties parties, CwrProblems problems) {
        CwrWork work = next.work();
        CwrRecord header = new CwrRecord(work.line(), work.transactionType(), "");
        String title = CwrParty.normalisedName(work.title());
        for (int i : works.candidates(work)) {
            CwrWork earlier = works.list.get(i).work();
            boolean sameTitle = CwrParty.normalisedName(earlier.title()).equals(title);
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
                    || (eitherWithoutIswc
                            && sameTitle
                            && writerKeys(earlier, parties).equals(writerKeys(work, parties)))) {
                problems.add(
                        header,
                        null,
                        "\"" + work.title() + "\" was already registered at line " + earlier.line()
                                + "; this later registration replaces it.",
                        CwrProblem.Severity.WARNING);
                works.replace(i, withIswc(next, Objects.requireNonNullElse(work.iswc(), earlier.iswc())));
                return;
            }
        }
        works.add(next);
    }

    private static Set<String> writerKeys(CwrWork work, FileParties parties) {
        return work.writers().stream()
                .map(w -> parties.key(w.party().name(), w.party().ipi()))
                .collect(Collectors.toSet());
    }

    private static CwrDocument.ParsedWork withIswc(CwrDocument.ParsedWork parsed, String iswc) {
        CwrWork w = parsed.work();
        if (Objects.equals(w.iswc(), iswc)) {
            return parsed;
        }
        CwrWork merged = w.withIswc(iswc);
        return new CwrDocument.ParsedWork(merged, parsed.writers(), parsed.publishers());
    }
}
