package org.rightstracker.web.letter;

import java.util.List;

/**
 * What a letter template can say: {@code letter.production.title}, {@code letter.cues} (a request lists
 * every open request of the licensor; the approval letters hold their one licence, also as
 * {@code letter.cue}). Every text is ready to print; a missing value is an empty text or "—", never null,
 * so a template needs no null checks except for the optional fee offer and fee.
 */
public record Letter(
        String date,
        String senderName,
        String senderEmail,
        String licensor,
        String contactName,
        String recipient,
        Production production,
        List<Cue> cues,
        boolean mfn) {

    /** The production as the licensor needs to know it. */
    public record Production(
            String title, String kind, String studio, String synopsis, String releasePlan, String releaseDate) {}

    /**
     * One cue and the licence asked for or granted on it. {@code feeOffer} is the supervisor's offer in a
     * request (null when none); {@code fee} the agreed fee after approval (null before).
     */
    public record Cue(
            String number,
            String title,
            String writers,
            String artist,
            String scene,
            String usage,
            String timing,
            String duration,
            String media,
            String territories,
            String term,
            String side,
            String share,
            String feeOffer,
            String fee,
            String grantedMedia,
            String grantedTerritories,
            String grantedTerm,
            String mfnWording) {}

    /** The first (for approval letters: the only) cue. */
    public Cue cue() {
        return cues.isEmpty() ? null : cues.get(0);
    }

    /** What templates are checked against on save: every value present, so every property resolves. */
    static Letter sample() {
        Cue cue = new Cue(
                "2M14",
                "Night Drive",
                "Ana Writer, Ben Writer",
                "The Example Band",
                "Car chase through the city at night",
                "Background vocal",
                "01:02:03:00 – 01:02:48:00",
                "0:45",
                "All media",
                "World",
                "In perpetuity from 1 January 2026",
                "Sync licence",
                "50.00%",
                "USD 5,000.00",
                "USD 5,000.00",
                "All media",
                "World",
                "In perpetuity from 1 January 2026",
                "Most favoured nations: the fee rises to match any better fee paid for this cue.");
        return new Letter(
                "4 December 2026",
                "Sam Supervisor",
                "sam@example.com",
                "Example Music Publishing",
                "Pat Contact",
                "licensing@example.com",
                new Production(
                        "The Example Film",
                        "Feature film",
                        "Example Studios",
                        "A road movie through one night.",
                        "All media, World, in perpetuity from 1 January 2026",
                        "1 June 2026"),
                List.of(cue),
                true);
    }
}
