package org.rightstracker.core.cue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.rightstracker.core.clearance.ClearanceItemSync;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.TextLimit;

/**
 * "Copy cues from episode …": recurring music (the main title, the recap, the bumper) brought from a
 * previous episode into another one. Each copy is a new cue with the same number, title, origin, usage,
 * timing, scene, moods, styles, work and recording; licences are not copied — a cue is licensed only
 * by its own new items, or by a season or series licence whose range reaches it.
 */
@ApplicationScoped
public class CueCopy {

    @Inject
    ClearanceItemSync clearanceItemSync;

    /** What a copy did: the numbers copied, and the ones the target already had (left as they were). */
    public record Result(List<String> copied, List<String> skipped) {}

    /**
     * What a copy from {@code sourceId} would do, without doing it: the cue numbers it would copy and
     * skip, and how many distinct works and recordings the copies would reuse.
     */
    public record Preview(List<String> copied, List<String> skipped, long works, long recordings) {}

    /** The copy's dry run, refused like the copy itself when the source cannot be copied from. */
    @Transactional
    public Preview preview(long targetId, Long sourceId) {
        Production target = Production.<Production>findByIdOptional(targetId)
                .orElseThrow(() -> NotFoundException.of("Production", targetId));
        Errors errors = new Errors();
        Production source = source(targetId, sourceId, errors);
        errors.throwIfAny();
        Set<String> taken =
                target.cues.stream().map(c -> c.number.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        List<Cue> active = activeCues(source);
        List<Cue> originals = active.stream()
                .filter(c -> !taken.contains(c.number.toUpperCase(Locale.ROOT)))
                .toList();
        List<String> skipped = active.stream()
                .filter(c -> taken.contains(c.number.toUpperCase(Locale.ROOT)))
                .map(c -> c.number)
                .toList();
        return new Preview(
                originals.stream().map(c -> c.number).toList(),
                skipped,
                originals.stream()
                        .filter(c -> c.work != null)
                        .map(c -> c.work.id)
                        .distinct()
                        .count(),
                originals.stream()
                        .filter(c -> c.recording != null)
                        .map(c -> c.recording.id)
                        .distinct()
                        .count());
    }

    /** The episode to copy from, or null with the reason in {@code errors}. */
    private static Production source(long targetId, Long sourceId, Errors errors) {
        Production source = null;
        if (sourceId == null) {
            errors.add("sourceProductionId", "Choose the episode to copy cues from.");
        } else if (sourceId == targetId) {
            errors.add("sourceProductionId", "Choose another episode: cues cannot be copied onto themselves.");
        } else {
            source = Production.findById(sourceId);
            if (source == null) {
                errors.add("sourceProductionId", "Production " + sourceId + " does not exist.");
            }
        }
        return source;
    }

    private static List<Cue> activeCues(Production source) {
        return Cue.<Cue>list(
                        "select c from Cue c left join fetch c.work left join fetch c.recording"
                                + " where c.production = ?1 and c.active = true",
                        source)
                .stream()
                .sorted((a, b) -> CueNumberOrder.INSTANCE.compare(a.number, b.number))
                .toList();
    }

    /**
     * Copies the active cues of {@code sourceId} (all of them, or only {@code numbers} when given) into
     * {@code targetId}. A number the target already uses is skipped, so copying twice adds nothing twice.
     */
    @Transactional
    public Result copy(long targetId, Long sourceId, List<String> numbers) {
        Errors errors = new Errors();
        Production target = Production.<Production>findByIdOptional(targetId)
                .orElseThrow(() -> NotFoundException.of("Production", targetId));
        Production source = source(targetId, sourceId, errors);
        Set<String> wanted = new HashSet<>();
        for (int i = 0; numbers != null && i < numbers.size(); i++) {
            if (errors.present("numbers[" + i + "]", "Cue number", numbers.get(i))) {
                String number = errors.optional("numbers[" + i + "]", TextLimit.CUE_NUMBER, numbers.get(i));
                if (number != null) {
                    wanted.add(number.toUpperCase(Locale.ROOT));
                }
            }
        }
        errors.throwIfAny();
        Set<String> taken =
                target.cues.stream().map(c -> c.number.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> copied = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        activeCues(source).stream()
                .filter(c -> wanted.isEmpty() || wanted.contains(c.number.toUpperCase(Locale.ROOT)))
                .forEach(original -> {
                    if (taken.contains(original.number.toUpperCase(Locale.ROOT))) {
                        skipped.add(original.number);
                        return;
                    }
                    Cue copy = copyOf(original);
                    target.addCue(copy);
                    copy.persist();
                    clearanceItemSync.refresh(copy);
                    copied.add(copy.number);
                });
        Cue.flush();
        return new Result(copied, skipped);
    }

    private static Cue copyOf(Cue original) {
        Cue copy = new Cue();
        copy.number = original.number;
        copy.title = original.title;
        copy.origin = original.origin;
        copy.usage = original.usage;
        copy.timecodeIn = original.timecodeIn;
        copy.timecodeOut = original.timecodeOut;
        copy.durationSeconds = original.durationSeconds;
        copy.scene = original.scene;
        copy.moods = original.moods;
        copy.styles = original.styles;
        copy.work = original.work;
        copy.recording = original.recording;
        copy.notes = "Copied from " + original.production.displayTitle() + ".";
        return copy;
    }
}
