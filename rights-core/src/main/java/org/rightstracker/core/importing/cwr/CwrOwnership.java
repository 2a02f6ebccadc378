package org.rightstracker.core.importing.cwr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.rightstracker.core.shared.Share;
import org.rightstracker.core.work.PublisherRole;

/**
 * Turns CWR's ownership (each party's PR, MR and SR share of the whole work) into the two sides the
 * product keeps: writers summing to 100% of the writers' side, publishers summing to 100% of the
 * publishers' side. docs/CWR-IMPORT.md explains the rule with the fixtures' numbers:
 *
 * <ul>
 *   <li>Publishers' side = synchronisation (SR) ownership, because sync licences are what clearance
 *       needs: every SPU/OPU with its SR share, then every writer holding an SR share (a writer with no
 *       publisher for that part) as a self-published share of their own.
 *   <li>Writers' side = each writer's contribution to the work, measured in performing-right (PR) shares:
 *       the writer's own PR share plus the PR shares of the publishers PWR records link to them (a
 *       publisher linked to several writers is divided in proportion to their own PR shares), normalised
 *       to 100% and rounded to 0.01% so that the side adds up exactly.
 * </ul>
 */
final class CwrOwnership {

    private static final BigDecimal HUNDRED = new BigDecimal("100.00");
    private static final BigDecimal CENT = new BigDecimal("0.01");

    record WriterPart(CwrWriter writer, Share share) {}

    record PublisherPart(int line, CwrParty party, Share share, PublisherRole role, boolean selfPublished) {}

    record Result(List<WriterPart> writers, List<PublisherPart> publishers) {}

    private CwrOwnership() {}

    static Result of(CwrWork work, CwrRecord header, CwrProblems problems) {
        return new Result(writers(work, header, problems), publishers(work, header, problems));
    }

    private static List<WriterPart> writers(CwrWork work, CwrRecord header, CwrProblems problems) {
        List<CwrWriter> writers = work.writers();
        List<BigDecimal> contributions = new ArrayList<>();
        writers.forEach(w -> contributions.add(w.pr()));
        for (CwrPublisher publisher : work.publishers()) {
            List<Integer> linked = IntStream.range(0, writers.size())
                    .filter(i -> writers.get(i).publisherIpNumbers().contains(publisher.ipNumber()))
                    .boxed()
                    .toList();
            BigDecimal base = linked.stream().map(i -> writers.get(i).pr()).reduce(BigDecimal.ZERO, BigDecimal::add);
            for (int i : linked) {
                BigDecimal part = base.signum() == 0
                        ? publisher.pr().divide(BigDecimal.valueOf(linked.size()), MathContext.DECIMAL64)
                        : publisher.pr().multiply(writers.get(i).pr()).divide(base, MathContext.DECIMAL64);
                contributions.set(i, contributions.get(i).add(part));
            }
        }
        BigDecimal total = contributions.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            if (!writers.isEmpty()) {
                problems.warning(
                        header,
                        null,
                        "No writer of \"" + work.title() + "\" holds a PR share, directly or through a publisher;"
                                + " the writers are imported with 0% each.");
            }
            return writers.stream().map(w -> new WriterPart(w, Share.ZERO)).toList();
        }
        List<BigDecimal> percents = toHundred(contributions, total);
        return IntStream.range(0, writers.size())
                .mapToObj(i -> new WriterPart(writers.get(i), Share.of(percents.get(i))))
                .toList();
    }

    private static List<PublisherPart> publishers(CwrWork work, CwrRecord header, CwrProblems problems) {
        List<PublisherPart> parts = new ArrayList<>();
        for (CwrPublisher publisher : work.publishers()) {
            parts.add(new PublisherPart(
                    publisher.line(), publisher.party(), capped(publisher.sr()), role(publisher, problems), false));
        }
        for (CwrWriter writer : work.writers()) {
            if (writer.sr().signum() > 0) {
                parts.add(new PublisherPart(
                        writer.line(),
                        writer.selfPublisher(),
                        capped(writer.sr()),
                        PublisherRole.ORIGINAL_PUBLISHER,
                        true));
            }
        }
        BigDecimal total = parts.stream().map(p -> p.share().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal excess = total.subtract(HUNDRED);
        if (excess.signum() > 0 && excess.compareTo(CwrWorkReader.TOLERANCE) <= 0) {
            // CWR's tolerance lets a side reach 100.06%; the product's sides never pass 100%.
            PublisherPart largest = parts.stream()
                    .max(Comparator.comparing(PublisherPart::share))
                    .orElseThrow();
            parts.set(
                    parts.indexOf(largest),
                    new PublisherPart(
                            largest.line(),
                            largest.party(),
                            largest.share().minus(Share.of(excess)),
                            largest.role(),
                            largest.selfPublished()));
            problems.add(
                    header,
                    "SR ownership shares",
                    "The SR shares of \"" + work.title() + "\" total " + total.toPlainString() + "%; "
                            + excess.toPlainString() + "% is taken off "
                            + largest.party().name()
                            + " so the publishers' side totals 100%.",
                    CwrProblem.Severity.WARNING);
        }
        return parts;
    }

    private static PublisherRole role(CwrPublisher publisher, CwrProblems problems) {
        String type = publisher.type();
        if (type == null || type.equals("E") || type.equals("AQ") || type.equals("PA")) {
            return PublisherRole.ORIGINAL_PUBLISHER;
        }
        if (type.equals("AM")) {
            return PublisherRole.ADMINISTRATOR;
        }
        if (type.equals("SE") || type.equals("ES")) {
            return PublisherRole.SUB_PUBLISHER;
        }
        problems.add(
                new CwrRecord(publisher.line(), publisher.controlled() ? "SPU" : "OPU", ""),
                CwrLayout.PUB_TYPE.label(),
                "Publisher type '" + type + "' is not a CWR publisher type; " + publisher.name()
                        + " is imported as original publisher.",
                CwrProblem.Severity.WARNING);
        return PublisherRole.ORIGINAL_PUBLISHER;
    }

    // Over-claimed single shares are already reported by the totals check; capping keeps the preview
    // readable instead of failing on a value the model cannot hold.
    private static Share capped(BigDecimal percent) {
        return Share.of(percent.min(HUNDRED));
    }

    /**
     * Scales values to percentages of their total with two decimals that add up to exactly 100.00: each
     * is rounded down, and the cents left over go to the values that lost most in rounding (the earlier
     * one on a tie), so 1/3 each becomes 33.34 / 33.33 / 33.33.
     */
    static List<BigDecimal> toHundred(List<BigDecimal> values, BigDecimal total) {
        List<BigDecimal> exact = values.stream()
                .map(v -> v.multiply(HUNDRED).divide(total, 10, RoundingMode.HALF_EVEN))
                .toList();
        List<BigDecimal> floors = new ArrayList<>(
                exact.stream().map(v -> v.setScale(2, RoundingMode.DOWN)).toList());
        BigDecimal left = HUNDRED.subtract(floors.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        int cents = left.divide(CENT, 0, RoundingMode.HALF_EVEN).intValueExact();
        List<Integer> byLoss = IntStream.range(0, values.size())
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> exact.get(i).subtract(floors.get(i)))
                        .reversed()
                        .thenComparing(i -> i))
                .toList();
        for (int k = 0; k < cents; k++) {
            int i = byLoss.get(k % byLoss.size());
            floors.set(i, floors.get(i).add(CENT));
        }
        return floors;
    }
}
