package org.rightstracker.core.clearance.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.shared.Share;

/**
 * The phrases every problem and next action is built from, kept in one place so that a party, a share
 * or a date reads the same in every sentence a supervisor sees.
 */
final class Wording {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Wording() {}

    static String date(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** "(in 7 days)", "(today)", "(3 days ago)". */
    static String fromToday(LocalDate today, LocalDate date) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days == 0) {
            return "(today)";
        }
        long count = Math.abs(days);
        String span = count + (count == 1 ? " day" : " days");
        return days > 0 ? "(in " + span + ")" : "(" + span + " ago)";
    }

    static String percent(BigDecimal percent) {
        return percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** "sync", "master", "one-stop" or "composer agreement": the kind of deal, for "a sync quote". */
    static String kind(ClearanceSide side) {
        return switch (side) {
            case SYNC -> "sync";
            case MASTER -> "master";
            case ONE_STOP -> "one-stop";
            case COMPOSER_AGREEMENT -> "composer agreement";
        };
    }

    /** The shares an item licenses, in brackets after the party: " (50.00%)"; nothing for a buyout. */
    static String shares(ClearanceSide side, Share syncShare, Share masterShare) {
        return switch (side) {
            case SYNC -> bracket(syncShare);
            case MASTER -> bracket(masterShare);
            case ONE_STOP -> {
                if (syncShare != null && syncShare.equals(masterShare)) {
                    yield " (" + syncShare + " sync and master)";
                }
                yield " (" + orNone(syncShare) + " sync, " + orNone(masterShare) + " master)";
            }
            case COMPOSER_AGREEMENT -> "";
        };
    }

    /** "Publisher A (50.00%)": the party and what it holds. */
    static String party(ItemFacts item) {
        return item.partyName() + shares(item.side(), item.syncShare(), item.masterShare());
    }

    /** "Sync licence from Publisher A (50.00%)" or "Composer agreement with Jane Doe". */
    static String licence(ItemFacts item) {
        if (item.side() == ClearanceSide.COMPOSER_AGREEMENT) {
            return "Composer agreement with " + item.partyName();
        }
        return capitalised(kind(item.side())) + " licence from " + party(item);
    }

    /** "Sync quote from Publisher A (50.00%)" for a deal not yet executed. */
    static String quote(ItemFacts item) {
        if (item.side() == ClearanceSide.COMPOSER_AGREEMENT) {
            return "Proposed composer agreement with " + item.partyName();
        }
        return capitalised(kind(item.side())) + " quote from " + party(item);
    }

    /** How an item stands, for "… is quoted, not yet licensed." */
    static String standing(LicenceStatus status) {
        return switch (status) {
            case NOT_REQUESTED -> "has not been requested yet";
            case REQUESTED -> "is requested, not yet quoted or licensed";
            case QUOTED -> "is quoted, not yet licensed";
            case NEGOTIATING -> "is in negotiation, not yet licensed";
            case APPROVED -> "is approved, not yet signed";
            case LICENSED -> "is licensed";
            case DENIED -> "was denied";
            case WITHDRAWN -> "was withdrawn";
        };
    }

    /** The next step for an item that is not yet licensed, or null when there is none to take. */
    static String nextStep(ItemFacts item) {
        String kind = kind(item.side());
        String party = party(item);
        boolean agreement = item.side() == ClearanceSide.COMPOSER_AGREEMENT;
        return switch (item.status()) {
            case NOT_REQUESTED ->
                agreement
                        ? "Request the composer agreement from " + party
                        : "Request a " + kind + " quote from " + party;
            case REQUESTED ->
                "Chase " + party + " for " + (agreement ? "composer agreement terms" : "a " + kind + " quote");
            case QUOTED -> "Approve or negotiate the " + kind + (agreement ? " terms" : " quote") + " from " + party;
            case NEGOTIATING -> "Conclude the " + kind + " negotiation with " + party;
            case APPROVED -> "Send the " + (agreement ? kind : kind + " licence") + " for signature to " + party;
            case LICENSED, DENIED, WITHDRAWN -> null;
        };
    }

    /** "In perpetuity from …" reads as "in perpetuity from …" inside a sentence. */
    static String inSentence(String phrase) {
        return phrase.isEmpty() ? phrase : Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
    }

    static String capitalised(String phrase) {
        return phrase.isEmpty() ? phrase : Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    private static String bracket(Share share) {
        return share == null ? "" : " (" + share + ")";
    }

    private static String orNone(Share share) {
        return share == null ? Share.ZERO.toString() : share.toString();
    }
}
