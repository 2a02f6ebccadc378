package org.rightstracker.web.letter;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.scope.RightsScope;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.RunningTime;

/** Turns entities into the printable values of a {@link Letter}; call inside a transaction. */
final class LetterFacts {

    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final String NONE = "—";

    private LetterFacts() {}

    static Letter.Production production(Production production) {
        RightsScope plan = plan(production);
        return new Letter.Production(
                production.displayTitle(),
                production.kind.label(),
                production.studio == null ? NONE : production.studio.name,
                synopsis(production.notes),
                scope(plan),
                production.releaseDate == null ? "to be announced" : LONG_DATE.format(production.releaseDate));
    }

    /**
     * One licence as a letter line. {@code feeOffer} is the supervisor's offer (requests); the agreed
     * fee, the granted scope and the MFN wording come from the licence itself.
     */
    static Letter.Cue cue(ClearanceItem item, Money feeOffer) {
        Cue cue = item.cue;
        RightsScope plan = plan(cue.production);
        RightsScope granted = item.granted();
        String writers = cue.work == null
                ? NONE
                : or(cue.work.writers.stream().map(w -> w.party.name).collect(Collectors.joining(", ")));
        String share = switch (item.side) {
            case SYNC -> item.syncShare().toString();
            case MASTER -> item.masterShare().toString();
            case ONE_STOP -> "sync " + item.syncShare() + ", master " + item.masterShare();
            case COMPOSER_AGREEMENT -> "100%";
        };
        return new Letter.Cue(
                cue.number,
                cue.title,
                writers,
                cue.recording == null ? NONE : or(cue.recording.artist),
                or(cue.scene),
                cue.usage.label(),
                cue.timecodeIn == null ? NONE : cue.timecodeIn + " – " + or(cue.timecodeOut),
                cue.durationSeconds == null ? NONE : RunningTime.format(Duration.ofSeconds(cue.durationSeconds)),
                scopePart(plan, 0),
                scopePart(plan, 1),
                scopePart(plan, 2),
                item.side.label(),
                share,
                feeOffer == null ? null : feeOffer.formatted(),
                item.agreed() == null ? null : item.agreed().formatted(),
                granted == null ? scopePart(plan, 0) : granted.media().describe(),
                granted == null || granted.territories() == null
                        ? scopePart(plan, 1)
                        : granted.territories().describe(),
                granted == null || granted.term() == null
                        ? scopePart(plan, 2)
                        : granted.term().describe(),
                mfnWording(item));
    }

    /** The release plan as far as it is known (the production's own method answers only a complete one). */
    private static RightsScope plan(Production production) {
        return new RightsScope(production.planMedia, production.planTerritoryScope(), production.planTerm());
    }

    /** A description we write ourselves (from titles and names), cut to fit its column. */
    static String fitting(String text, org.rightstracker.core.shared.TextLimit limit) {
        return text.length() <= limit.max() ? text : text.substring(0, limit.max() - 1) + "…";
    }

    static String today() {
        return LONG_DATE.format(LocalDate.now());
    }

    private static String mfnWording(ClearanceItem item) {
        if (!item.mfn) {
            return null;
        }
        return item.mfnWaived
                ? "Most favoured nations was quoted and has been waived: the fee stands as agreed."
                : "Most favoured nations: should any other rights holder in this cue receive a higher fee for the"
                        + " same use, the Licensor's fee is raised to match.";
    }

    private static String scope(RightsScope plan) {
        return String.join(", ", List.of(scopePart(plan, 0), scopePart(plan, 1), scopePart(plan, 2)));
    }

    private static String scopePart(RightsScope plan, int part) {
        return switch (part) {
            case 0 ->
                plan.media() == null || plan.media().isEmpty()
                        ? NONE
                        : plan.media().describe();
            case 1 -> plan.territories() == null ? NONE : plan.territories().describe();
            default -> plan.term() == null ? "term to be agreed" : plan.term().describe();
        };
    }

    /** The production notes' first line stands for the synopsis line. */
    private static String synopsis(String notes) {
        if (notes == null || notes.isBlank()) {
            return "";
        }
        return notes.strip().lines().findFirst().orElse("");
    }

    private static String or(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }
}
