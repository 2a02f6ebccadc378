package org.rightstracker.web.page.production;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.rightstracker.core.clearance.engine.ProductionVerdict;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.production.Production;
import org.rightstracker.web.page.ProductionVerdicts;
import org.rightstracker.web.page.RevisionCache;

/**
 * The production page's cue lists, rendered once per production state, filter and permission to edit
 * (the tick boxes) and kept under the production's revision: a 1,000-cue page then costs its header,
 * not a thousand cues loaded and rendered for every reader.
 */
@ApplicationScoped
public class ProductionCueLists {

    private final RevisionCache<RenderedCueList> lists = new RevisionCache<>(32);

    @Inject
    ProductionVerdicts verdicts;

    private record Variant(CueFilter filter, boolean canEdit) {}

    /** @param production read by this request before anything else, so a list is never older than its key */
    RenderedCueList of(Production production, CueFilter filter, boolean canEdit) {
        return lists.get(RevisionCache.Key.of(production, new Variant(filter, canEdit)), () -> {
                    ProductionVerdict verdict = verdicts.of(production);
                    List<Cue> cues = Cue.list("production.id", production.id);
                    CueListing listing = CueListing.of(verdict, cues, filter);
                    String groups =
                            ProductionPage.Templates.cueGroups(listing, canEdit).render();
                    String options = ProductionPage.Templates.licensorOptions(listing.licensors(), filter)
                            .render();
                    return new RenderedCueList(
                            listing.isEmpty(),
                            listing.shown(),
                            listing.total(),
                            listing.licensors(),
                            new RawString(options),
                            new RawString(groups));
                })
                .value();
    }
}
