package org.rightstracker.core.importing.cwr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.rightstracker.core.catalogue.PartyMatcher;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.shared.InChunks;
import org.rightstracker.core.shared.SearchKey;
import org.rightstracker.core.work.Work;

/**
 * Matches a parsed file against the catalogue and says what committing it would do. Reads only.
 * Parties are told apart and matched by the catalogue's one rule ({@link PartyMatcher}); works by ISWC, else by title and the same
 * writers; recordings by ISRC, else by work, title and artist ({@link CwrRecordingPlanner}).
 */
final class CwrPlanner {

    private final CwrDocument document;
    private final List<CwrProblem> problems;
    private final Map<String, CwrParty> parties = new LinkedHashMap<>();
    private final Map<String, Integer> firstLines = new HashMap<>();
    private final Map<String, Party> existing = new HashMap<>();
    private final Map<String, PartyPlan> partyPlans = new LinkedHashMap<>();
    // Kept beside the parties so that how parties are told apart stays the one thing CwrParty says.
    private final Map<String, String> mrSocieties = new HashMap<>();

    // The length of work.title_key (V16), which Work fills with SearchKey.of(title, 300).
    private static final int TITLE_KEY_LENGTH = 300;

    private CwrPlanner(CwrDocument document) {
        this.document = document;
        this.problems = new ArrayList<>(document.problems());
    }

    static CwrPreview plan(String fileName, CwrDocument document) {
        CwrPlanner planner = new CwrPlanner(document);
        planner.collectParties();
        planner.matchParties();
        List<WorkPlan> works = planner.planWorks();
        planner.problems.sort(Comparator.comparingInt(CwrProblem::line));
        return new CwrPreview(
                fileName,
                document.version(),
                document.sender(),
                document.records(),
                document.skipped(),
                List.copyOf(planner.problems),
                List.copyOf(planner.partyPlans.values()),
                works);
    }

    private void collectParties() {
        for (CwrDocument.ParsedWork work : document.works()) {
            work.writers().forEach(w -> mention(w.writer().party(), w.writer().line()));
            work.publishers().forEach(p -> mention(p.party(), p.line()));
            work.work().writers().stream()
                    .filter(w -> w.mrSociety() != null)
                    .forEach(w -> mrSocieties.putIfAbsent(document.partyKey(w.party()), w.mrSociety()));
            work.work().publishers().stream()
                    .filter(p -> p.mrSociety() != null)
                    .forEach(p -> mrSocieties.putIfAbsent(document.partyKey(p.party()), p.mrSociety()));
        }
    }

    // A party named in several places is one party with every role it plays, and the IPI any mention gives.
    private void mention(CwrParty party, int line) {
        String key = document.partyKey(party);
        firstLines.putIfAbsent(key, line);
        parties.merge(key, party, (a, b) -> {
            Set<PartyRole> roles = EnumSet.copyOf(a.roles());
            roles.addAll(b.roles());
            return new CwrParty(
                    a.name(),
                    a.kind(),
                    a.ipi() != null ? a.ipi() : b.ipi(),
                    a.society() != null ? a.society() : b.society(),
                    roles);
        });
    }

    private void matchParties() {
        PartyMatcher matcher = PartyMatcher.load(
                document.parties(),
                parties.values().stream()
                        .map(p -> new PartyMatcher.Mention(p.name(), p.ipi()))
                        .toList());
        for (Map.Entry<String, CwrParty> named : parties.entrySet()) {
            String key = named.getKey();
            CwrParty party = named.getValue();
            Party found = matcher.existing(party.name(), party.ipi());
            if (found != null
                    && party.ipi() != null
                    && party.ipi().equals(found.ipiNameNumber)
                    && !PartyMatcher.sameName(found.name, party.name())) {
                problems.add(new CwrProblem(
                        firstLines.get(key),
                        "",
                        "IPI name number",
                        "IPI name number " + party.ipi() + " belongs to \"" + found.name
                                + "\" in the catalogue; the file" + " calls it \"" + party.name()
                                + "\". The catalogue's party is used.",
                        CwrProblem.Severity.WARNING));
            }
            if (found != null) {
                existing.put(key, found);
            }
            partyPlans.put(key, planParty(key, party, mrSocieties.get(key), found));
        }
    }

    private static PartyPlan planParty(String key, CwrParty party, String mrSociety, Party found) {
        if (found == null) {
            return new PartyPlan(
                    key,
                    party.name(),
                    party.kind(),
                    party.ipi(),
                    party.society(),
                    mrSociety,
                    party.roles(),
                    PlannedAction.CREATE,
                    null,
                    List.of());
        }
        List<String> changes = new ArrayList<>();
        String ipi = found.ipiNameNumber;
        if (ipi == null && party.ipi() != null) {
            ipi = party.ipi();
            changes.add("IPI name number " + ipi);
        }
        String society = found.society;
        if (society == null && party.society() != null) {
            society = party.society();
            changes.add("society " + society);
        }
        String mr = found.mrSociety;
        if (mr == null && mrSociety != null) {
            mr = mrSociety;
            changes.add("MR society " + mr);
        }
        Set<PartyRole> roles = found.roles.isEmpty() ? EnumSet.noneOf(PartyRole.class) : EnumSet.copyOf(found.roles);
        Set<PartyRole> added = EnumSet.copyOf(party.roles());
        added.removeAll(roles);
        if (!added.isEmpty()) {
            roles.addAll(added);
            changes.add("role " + added.stream().map(PartyRole::label).collect(Collectors.joining(", ")));
        }
        return new PartyPlan(
                key,
                found.name,
                found.kind,
                ipi,
                society,
                mr,
                roles,
                changes.isEmpty() ? PlannedAction.UNCHANGED : PlannedAction.UPDATE,
                found.id,
                List.copyOf(changes));
    }

    private List<WorkPlan> planWorks() {
        List<String> iswcs = document.works().stream()
                .map(w -> w.work().iswc())
                .filter(Objects::nonNull)
                .toList();
        Map<String, Work> byIswc = InChunks.list(iswcs, chunk -> Work.<Work>list("iswc in ?1", chunk)).stream()
                .collect(Collectors.toMap(w -> w.iswc, w -> w));
        List<String> titleKeys = document.works().stream()
                .map(w -> titleKey(w.work().title()))
                .distinct()
                .toList();
        // Works that may be the same as one of the file's without sharing an ISWC, by title (case, accents
        // and punctuation ignored, as everywhere in the catalogue: the indexed folded title), oldest first.
        Map<String, List<Work>> byTitle = InChunks.list(
                        titleKeys,
                        chunk -> Work.<Work>list(
                                "select distinct w from Work w left join fetch w.writers ww left join fetch ww.party"
                                        + " where w.titleKey in ?1",
                                chunk))
                .stream()
                .sorted(Comparator.comparing(w -> w.id))
                .collect(Collectors.groupingBy(w -> titleKey(w.title), LinkedHashMap::new, Collectors.toList()));
        List<Work> matched = new ArrayList<>();
        for (CwrDocument.ParsedWork parsed : document.works()) {
            Work found = parsed.work().iswc() == null
                    ? null
                    : byIswc.get(parsed.work().iswc());
            if (found == null) {
                found = byTitle.getOrDefault(titleKey(parsed.work().title()), List.of()).stream()
                        .filter(w -> w.iswc == null || parsed.work().iswc() == null)
                        .filter(w -> sameWriters(w, parsed))
                        .findFirst()
                        .orElse(null);
            }
            matched.add(found);
        }
        CwrRecordingPlanner recordings = new CwrRecordingPlanner(document);
        recordings.loadRecordingsOfMatchedWorks(document.works(), matched);
        List<WorkPlan> plans = new ArrayList<>();
        for (int i = 0; i < matched.size(); i++) {
            CwrDocument.ParsedWork parsed = document.works().get(i);
            Work found = matched.get(i);
            plans.add(CwrWorkComparison.plan(document, parsed, found, partyPlans, recordings.plan(parsed, found)));
        }
        return List.copyOf(plans);
    }

    private boolean sameWriters(Work work, CwrDocument.ParsedWork parsed) {
        List<Long> stored = work.writers.stream().map(w -> w.party.id).sorted().toList();
        List<Long> named = new ArrayList<>();
        for (CwrOwnership.WriterPart part : parsed.writers()) {
            Party party = existing.get(document.partyKey(part.writer().party()));
            if (party == null) {
                return false;
            }
            named.add(party.id);
        }
        named.sort(Comparator.naturalOrder());
        return stored.equals(named);
    }

    private static String titleKey(String title) {
        return SearchKey.of(title, TITLE_KEY_LENGTH);
    }

    /** A title or name as the import compares it: case, accents and punctuation ignored ({@link SearchKey}). */
    static String folded(String text) {
        return SearchKey.of(text);
    }
}
