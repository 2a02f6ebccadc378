package org.rightstracker.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueInput;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyInput;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.party.PartyService;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionInput;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.work.PublisherRole;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;

/**
 * Two productions with one user per role on the first team only, built once per test run through the
 * real services. The titles carry markup so every page that shows them is also an escaping test.
 */
@ApplicationScoped
public class Team {

    public static final String PASSWORD = "team-password-1";
    public static final String OWN_TITLE = "Ours <script>alert('own')</script> & Co";
    public static final String OTHER_TITLE = "Theirs <img src=x onerror=alert(1)>";

    @Inject
    UserAccounts accounts;

    @Inject
    ProductionService productions;

    @Inject
    PartyService parties;

    @Inject
    WorkService works;

    @Inject
    CueService cues;

    /** The ids of what {@link #ensure()} built; a record, because fields of a CDI bean read through its proxy. */
    public record Ids(
            long ownProduction, long otherProduction, long ownCue, long otherCue, long ownItem, long otherItem) {}

    private Ids ids;

    @Transactional
    public synchronized Ids ensure() {
        if (ids != null) {
            return ids;
        }
        Production own = production(OWN_TITLE);
        Production other = production(OTHER_TITLE);
        for (Role role : Role.values()) {
            AppUser user =
                    accounts.create("team-" + role.name().toLowerCase(), "Team " + role.label(), role, PASSWORD, false);
            if (role != Role.ADMIN) {
                accounts.addMember(own, user);
            }
        }
        accounts.create("outsider", "Someone Else", Role.SUPERVISOR, PASSWORD, false);
        Cue ownCue = cue(own, "Own Publisher");
        Cue otherCue = cue(other, "Other Publisher");
        ids = new Ids(own.id, other.id, ownCue.id, otherCue.id, ownCue.items.get(0).id, otherCue.items.get(0).id);
        return ids;
    }

    public static String user(Role role) {
        return "team-" + role.name().toLowerCase();
    }

    private Production production(String title) {
        return productions.create(new ProductionInput(
                title,
                ProductionKind.FEATURE_FILM,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                "1:30:00",
                "24",
                "10000",
                "USD",
                "ALL_MEDIA",
                "WORLD",
                "",
                LocalDate.now(),
                null,
                null,
                null));
    }

    private Cue cue(Production production, String publisherName) {
        Party publisher = parties.create(PartyInput.named(
                publisherName + " " + production.id, PartyKind.ORGANISATION, Set.of(PartyRole.PUBLISHER)));
        Work work = works.create(new WorkInput(
                "Song of " + production.title,
                null,
                false,
                List.of(),
                null,
                List.of(),
                List.of(new WorkInput.Publisher(publisher.id, "100", PublisherRole.ORIGINAL_PUBLISHER, null))));
        Cue cue = cues.create(
                production.id,
                new CueInput(
                        "1M1",
                        "Opening",
                        CueOrigin.SOUNDTRACK,
                        CueUsage.BV,
                        null,
                        null,
                        "0:30",
                        null,
                        null,
                        null,
                        null,
                        work.id,
                        null,
                        true));
        cue.items.forEach(ClearanceItem::toString);
        return cue;
    }
}
