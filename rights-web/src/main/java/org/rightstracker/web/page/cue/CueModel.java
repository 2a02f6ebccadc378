package org.rightstracker.web.page.cue;

import java.util.List;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.document.Document;
import org.rightstracker.core.document.DocumentKind;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.production.Production;

/** Everything the cue page shows, loaded before rendering so the template never reaches the database. */
public record CueModel(
        Cue cue,
        Production production,
        CueVerdict verdict,
        Ownership ownership,
        List<ItemPanel> items,
        List<Document> documents,
        boolean canEdit,
        CueScreen screen,
        RangeCovers covers) {

    public List<DocumentKind> documentKinds() {
        return List.of(DocumentKind.values());
    }

    /** Items still in play first; obsolete ones (holders who left the ownership) kept for their history. */
    public List<ItemPanel> currentItems() {
        return items.stream().filter(i -> !i.item().obsolete).toList();
    }

    /**
     * The licences "Request all" moves: those in play and not yet requested, leaving out those a season or
     * series licence stored elsewhere already stands in for.
     */
    public List<ClearanceItem> notRequested() {
        return currentItems().stream()
                .map(ItemPanel::item)
                .filter(i -> i.status == LicenceStatus.NOT_REQUESTED && covers.forItem(i.id) == null)
                .toList();
    }

    public List<ItemPanel> obsoleteItems() {
        return items.stream().filter(i -> i.item().obsolete).toList();
    }

    public boolean isFragment() {
        return screen.fragment();
    }
}
