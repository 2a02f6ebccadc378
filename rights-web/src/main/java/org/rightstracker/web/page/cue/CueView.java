package org.rightstracker.web.page.cue;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.ItemVerdict;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.document.DocumentService;
import org.rightstracker.core.licence.LicenceAmendments;
import org.rightstracker.core.licence.LicenceEvent;
import org.rightstracker.core.licence.LicenceTimeline;
import org.rightstracker.core.recording.MasterShare;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.work.PublisherShare;
import org.rightstracker.core.work.WriterShare;
import org.rightstracker.web.security.Permissions;
import org.rightstracker.web.security.ProductionAccess;

/**
 * Builds the cue page from fresh data. Every licence action ends by showing this page or its clearance
 * section again, so this is the one place that knows how to load a cue with its ownership, licences,
 * their timelines, verdict and documents.
 */
@ApplicationScoped
public class CueView {

    @Inject
    EntityManager em;

    @Inject
    ProductionClearance clearance;

    @Inject
    DocumentService documents;

    @Inject
    LicenceTimeline timeline;

    @Inject
    Permissions permissions;

    @Inject
    ProductionAccess access;

    /** The whole page. */
    public TemplateInstance page(long cueId, CueScreen screen) {
        return CuePage.Templates.show(model(cueId, screen));
    }

    /** The clearance section alone, with the cue status and notice swapped in beside it. */
    public TemplateInstance fragment(long cueId, CueScreen screen) {
        return CuePage.Templates.show$clearance(model(cueId, screen));
    }

    public CueModel model(long cueId, CueScreen screen) {
        // Entities read earlier in this request (the access check, before a save) may be stale now.
        em.clear();
        Cue cue = Cue.<Cue>find(
                        "select c from Cue c join fetch c.production p left join fetch c.work"
                                + " left join fetch c.recording where c.id = ?1",
                        cueId)
                .firstResultOptional()
                .orElseThrow(() -> NotFoundException.of("Cue", cueId));
        CueVerdict verdict = clearance.evaluateCue(cueId);
        Map<Long, ItemVerdict> verdicts =
                verdict.items().stream().collect(Collectors.toMap(ItemVerdict::itemId, Function.identity()));
        List<ClearanceItem> items = ClearanceItem.list(
                "select distinct i from ClearanceItem i join fetch i.party left join fetch i.options"
                        + " where i.cue.id = ?1 order by i.id",
                cueId);
        Map<Long, List<LicenceEvent>> timelines =
                timeline.forItems(items.stream().map(i -> i.id).toList());
        RangeCovers covers = RangeCovers.of(verdict, items, access::canSee);
        List<ItemPanel> panels = new ArrayList<>();
        for (ClearanceItem item : items) {
            panels.add(panel(
                    item,
                    verdicts.get(item.id),
                    timelines.getOrDefault(item.id, List.of()),
                    screen,
                    LicenceAmendments.newestAfter(item, items).orElse(null),
                    LicenceAmendments.refusal(item, items) == null,
                    covers.forItem(item.id)));
        }
        return new CueModel(
                cue,
                cue.production,
                verdict,
                ownership(cue),
                panels,
                documents.forCue(cueId),
                permissions.canEditProductions(),
                screen,
                covers);
    }

    private static ItemPanel panel(
            ClearanceItem item,
            ItemVerdict verdict,
            List<LicenceEvent> events,
            CueScreen screen,
            ClearanceItem amendedBy,
            boolean canReopen,
            RangeCovers.Covered covered) {
        StepForm step = screen.isOpen(item.id, "step") ? (StepForm) screen.form() : StepForm.of(item);
        LicensedForm licensed =
                screen.isOpen(item.id, "licensed") ? (LicensedForm) screen.form() : LicensedForm.of(item);
        FollowUpForm followUp =
                screen.isOpen(item.id, "followUp") ? (FollowUpForm) screen.form() : FollowUpForm.empty();
        TermsForm terms = screen.isOpen(item.id, "terms") ? (TermsForm) screen.form() : TermsForm.of(item);
        OptionForm option = screen.isOpen(item.id, "option") ? (OptionForm) screen.form() : OptionForm.of(item);
        boolean mine = screen.itemId() != null && screen.itemId().equals(item.id);
        return new ItemPanel(
                item,
                verdict,
                ItemPanel.actionsFrom(item.status),
                step,
                licensed,
                followUp,
                terms,
                option,
                events,
                mine ? screen.panel() : "",
                mine ? screen.errors() : org.rightstracker.web.page.FormErrors.none(),
                mine ? screen.conflict() : null,
                amendedBy,
                canReopen,
                covered);
    }

    private static Ownership ownership(Cue cue) {
        List<WriterShare> writers = List.of();
        List<PublisherShare> publishers = List.of();
        List<MasterShare> owners = List.of();
        if (cue.work != null) {
            writers = WriterShare.list(
                    "select w from WriterShare w join fetch w.party where w.work.id = ?1 order by w.position",
                    cue.work.id);
            publishers = PublisherShare.list(
                    "select s from PublisherShare s join fetch s.party where s.work.id = ?1 order by s.position",
                    cue.work.id);
        }
        if (cue.recording != null) {
            owners = MasterShare.list(
                    "select m from MasterShare m join fetch m.party where m.recording.id = ?1 order by m.position",
                    cue.recording.id);
        }
        return new Ownership(cue.work, writers, publishers, cue.recording, owners, publishersNotNeeded(cue));
    }

    /**
     * Why nobody publishes the composition for this cue's clearance, or null when publishers are needed:
     * a commissioned cue is covered by the composer agreement, a public-domain one by nobody.
     */
    static String publishersNotNeeded(Cue cue) {
        if (cue.origin.isCommissioned()) {
            return "none needed: the composer agreement covers the composition";
        }
        if (cue.origin == org.rightstracker.core.cue.CueOrigin.PUBLIC_DOMAIN
                || (cue.work != null && cue.work.publicDomain)) {
            return "none needed: the composition is in the public domain";
        }
        return null;
    }
}
