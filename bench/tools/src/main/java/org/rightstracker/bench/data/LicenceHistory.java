package org.rightstracker.bench.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.scope.Media;
import org.rightstracker.core.scope.MediaSet;

/**
 * Gives a clearance item a status and everything that status implies, as {@code LicenceService}
 * would have recorded it step by step: the date of every step taken (in order, none after the as-of
 * day), a quoted fee from "quoted" on, an agreed fee once approved, the full granted scope once
 * licensed, and a note line per step. How far items have come depends on the production's progress.
 */
final class LicenceHistory {

    /** A production's release plan and how far its clearance has come (0 early … 3 released). */
    record Plan(
            String media,
            String territories,
            String excluded,
            LocalDate termStart,
            Integer termYears,
            String currency,
            int progress) {}

    /**
     * The licence columns of one item, from {@code status} to {@code notes}, in table order, and the steps
     * that led there: the application keeps those on the licence's timeline ({@code licence_event}), not
     * in its notes.
     */
    record Terms(LicenceStatus status, Object[] columns, List<Step> steps) {}

    /** One workflow step of the timeline: the day, the status moved to, and its note (or null). */
    record Step(LocalDate on, LicenceStatus status, String note) {}

    private static final LicenceStatus[] STATUSES = {
        LicenceStatus.NOT_REQUESTED, LicenceStatus.REQUESTED, LicenceStatus.QUOTED, LicenceStatus.NEGOTIATING,
        LicenceStatus.APPROVED, LicenceStatus.LICENSED, LicenceStatus.DENIED, LicenceStatus.WITHDRAWN
    };

    // Weights of the statuses above for each progress level of a production.
    private static final int[][] WEIGHTS = {
        {550, 250, 120, 40, 20, 10, 5, 5},
        {200, 200, 250, 120, 100, 100, 20, 10},
        {50, 70, 150, 100, 180, 400, 30, 20},
        {0, 0, 20, 10, 50, 880, 20, 20},
    };

    private final Random random;
    private final LocalDate asOf;

    LicenceHistory(Random random, LocalDate asOf) {
        this.random = random;
        this.asOf = asOf;
    }

    Terms terms(ClearanceSide side, BigDecimal syncShare, BigDecimal masterShare, Plan plan, String contact) {
        LicenceStatus status = side == ClearanceSide.COMPOSER_AGREEMENT && plan.progress() > 0
                ? LicenceStatus.LICENSED
                : STATUSES[weighted(WEIGHTS[plan.progress()])];
        List<Step> steps = new ArrayList<>();
        LocalDate day = asOf.minusDays(40 + random.nextInt(400));
        LocalDate requested = null, quoted = null, negotiating = null, approved = null, licensed = null;
        LocalDate denied = null, withdrawn = null, quoteExpires = null;
        BigDecimal quotedFee = null, agreedFee = null;
        boolean mfn = false, mfnWaived = false;
        String media = "", territories = "", excluded = "";
        LocalDate termStart = null;
        Integer termYears = null;
        boolean requestedFirst =
                status != LicenceStatus.NOT_REQUESTED && (status != LicenceStatus.WITHDRAWN || random.nextInt(10) < 7);
        if (requestedFirst) {
            requested = day;
            steps.add(new Step(day, LicenceStatus.REQUESTED, null));
        }
        boolean quotedStep = switch (status) {
            case QUOTED, NEGOTIATING, APPROVED, LICENSED -> true;
            case DENIED -> random.nextInt(3) == 0;
            default -> false;
        };
        if (quotedStep) {
            day = later(day, 3, 30);
            quoted = day;
            quotedFee = fee(side, syncShare, masterShare);
            mfn = side != ClearanceSide.COMPOSER_AGREEMENT && random.nextInt(100) < 15;
            mfnWaived = mfn && random.nextInt(10) == 0;
            steps.add(new Step(day, LicenceStatus.QUOTED, null));
        }
        if (status == LicenceStatus.QUOTED || status == LicenceStatus.NEGOTIATING) {
            // Quotes are valid for a while: some have lapsed, some expire within the month.
            quoteExpires = random.nextInt(10) < 7 ? asOf.plusDays(-20 + random.nextInt(110)) : null;
        }
        if (status == LicenceStatus.NEGOTIATING || (status.isCommitted() && random.nextBoolean())) {
            day = later(day, 1, 20);
            negotiating = day;
            steps.add(new Step(day, LicenceStatus.NEGOTIATING, null));
        }
        if (status.isCommitted()) {
            day = later(day, 1, 20);
            approved = day;
            agreedFee = random.nextInt(4) == 0 ? discounted(quotedFee) : quotedFee;
            steps.add(new Step(day, LicenceStatus.APPROVED, null));
        }
        if (status == LicenceStatus.LICENSED || (status == LicenceStatus.APPROVED && random.nextInt(5) < 2)) {
            String[] scope = granted(plan);
            media = scope[0];
            territories = scope[1];
            excluded = scope[2];
            termStart = plan.termStart();
            termYears = plan.termYears() == null || random.nextInt(20) > 0 ? plan.termYears() : Integer.valueOf(5);
        }
        if (status == LicenceStatus.LICENSED) {
            day = later(day, 5, 40);
            licensed = day;
            steps.add(new Step(day, LicenceStatus.LICENSED, null));
        }
        if (status == LicenceStatus.DENIED) {
            day = later(day, 2, 30);
            denied = day;
            steps.add(new Step(day, LicenceStatus.DENIED, "The artist does not license to this genre."));
        }
        if (status == LicenceStatus.WITHDRAWN) {
            day = later(day, 2, 30);
            withdrawn = day;
            steps.add(new Step(day, LicenceStatus.WITHDRAWN, "Cue replaced in the cut."));
        }
        String currency = quotedFee == null ? null : plan.currency();
        Object[] columns = {
            status.name(),
            currency,
            quotedFee,
            agreedFee,
            mfn,
            mfnWaived,
            quoteExpires,
            media,
            territories,
            excluded,
            termStart,
            termYears,
            requested,
            quoted,
            negotiating,
            approved,
            licensed,
            denied,
            withdrawn,
            requested == null ? null : contact,
            null
        };
        return new Terms(status, columns, List.copyOf(steps));
    }

    /** What the licence grants: usually the plan, sometimes short of it (the engine's findings). */
    private String[] granted(Plan plan) {
        int draw = random.nextInt(100);
        if (draw < 5 && !plan.media().equals("ALL_MEDIA")) {
            // One medium of the plan missing.
            MediaSet planned = MediaSet.parse(plan.media());
            List<Media> kept = new ArrayList<>(planned.media());
            if (kept.size() > 1) {
                kept.remove(kept.size() - 1);
            }
            return new String[] {MediaSet.of(kept).code(), plan.territories(), plan.excluded()};
        }
        if (draw < 9) {
            return new String[] {plan.media(), "NORTH_AMERICA", ""};
        }
        return new String[] {plan.media(), plan.territories(), plan.excluded()};
    }

    private BigDecimal fee(ClearanceSide side, BigDecimal syncShare, BigDecimal masterShare) {
        int base = switch (side) {
            case COMPOSER_AGREEMENT -> 20_000 + random.nextInt(130_000);
            case ONE_STOP -> 500 + random.nextInt(9_500);
            default -> 2_000 + random.nextInt(58_000);
        };
        BigDecimal share = side == ClearanceSide.MASTER ? masterShare : syncShare;
        BigDecimal amount =
                BigDecimal.valueOf(base).multiply(share).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
        // Fees are quoted in round fifties.
        return amount.divide(BigDecimal.valueOf(50), 0, RoundingMode.HALF_UP)
                .max(BigDecimal.ONE)
                .multiply(BigDecimal.valueOf(50))
                .setScale(2);
    }

    private BigDecimal discounted(BigDecimal quoted) {
        return quoted.multiply(new BigDecimal("0.85"))
                .setScale(0, RoundingMode.HALF_UP)
                .setScale(2);
    }

    private LocalDate later(LocalDate day, int minDays, int maxDays) {
        LocalDate next = day.plusDays(minDays + random.nextInt(maxDays - minDays + 1));
        return next.isAfter(asOf) ? asOf : next;
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
