package org.rightstracker.core.licence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.NumberLimit;
import org.rightstracker.core.shared.RunningTime;
import org.rightstracker.core.shared.TextLimit;

/**
 * Records what a quote or licence covers (its range and cap) and the use it grants. Negotiated like
 * the other terms; once the licence is executed it is final, and a different range or use is an
 * amendment (see {@link LicenceAmendments}), which carries these over as its starting point.
 */
@ApplicationScoped
public class LicenceUses {

    @Inject
    LicenceService licences;

    @Transactional
    public ClearanceItem update(long itemId, long version, LicenceUseInput input) {
        ClearanceItem item = licences.get(itemId);
        item.requireVersion(version, item.describe());
        Errors errors = new Errors();
        LicenceRange range = range(errors, input.range());
        errors.whole("rangeCap", "Uses covered", input.rangeCap(), NumberLimit.ORDINAL);
        if (input.rangeCap() != null && range == LicenceRange.CUE) {
            errors.add("rangeCap", "A cap on uses applies only to a licence covering more than its own cue.");
        }
        if (range != null && range.spansCues()) {
            reachable(errors, item, range);
        }
        Set<CueUsage> usages = usages(errors, input.usages());
        Duration longest = errors.parse("maxDuration", input.maxDuration(), RunningTime::parse);
        if (longest != null && longest.isZero()) {
            errors.add("maxDuration", "The longest use is at least one second; leave it empty for any length.");
        }
        String scene = errors.optional(TextLimit.ITEM_GRANTED_SCENE, input.scene());
        if (item.status == LicenceStatus.LICENSED) {
            errors.add(
                    "range",
                    "The licence is executed and final; reopen it as an amendment to change its range or granted use.");
        }
        errors.throwIfAny();
        item.rangeKind = range;
        item.rangeCap = range == LicenceRange.CUE ? null : input.rangeCap();
        item.setGrantedUse(new GrantedUse(usages, longest == null ? null : (int) longest.toSeconds(), scene));
        return item;
    }

    private static LicenceRange range(Errors errors, String text) {
        if (text == null || text.isBlank()) {
            return LicenceRange.CUE;
        }
        try {
            return LicenceRange.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("range", "Range " + text.strip() + " is not one of CUE, EPISODE, SEASON or SERIES.");
            return null;
        }
    }

    // A range is every use of the licensed music, so the cue must name that music, and a season or series
    // range needs the cue's production to be an episode of one.
    private static void reachable(Errors errors, ClearanceItem item, LicenceRange range) {
        boolean needsWork = item.side != ClearanceSide.MASTER;
        boolean needsRecording = item.side == ClearanceSide.MASTER;
        if (needsWork && item.cue.work == null) {
            errors.add("range", "Cue " + item.cue.number + " has no work linked, so its other uses cannot be found.");
        }
        if (needsRecording && item.cue.recording == null) {
            errors.add(
                    "range", "Cue " + item.cue.number + " has no recording linked, so its other uses cannot be found.");
        }
        if (range != LicenceRange.EPISODE && item.cue.production.season == null) {
            errors.add(
                    "range",
                    item.cue.production.displayTitle() + " is not an episode of a season; put it in a season first,"
                            + " or choose the episode range.");
        }
    }

    private static Set<CueUsage> usages(Errors errors, List<String> codes) {
        Set<CueUsage> usages = EnumSet.noneOf(CueUsage.class);
        if (codes == null) {
            return usages;
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (!errors.present("usages[" + i + "]", "Usage", code) || code.isBlank()) {
                continue;
            }
            try {
                usages.add(CueUsage.valueOf(code.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(
                        "usages[" + i + "]",
                        "Usage " + code.strip() + " is not one of BI, BV, VI, VV, MT, ET or LOGO.");
            }
        }
        return usages;
    }
}
