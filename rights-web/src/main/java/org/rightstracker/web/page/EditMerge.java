package org.rightstracker.web.page;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.MergeFields.Field;

/**
 * Saves an edit form so that nobody's work is lost. When someone else saved since the form was opened,
 * the form is merged three-way, field by field, against the baseline it carries: a field only they
 * changed keeps their value, a field only this user changed takes theirs, and the merge is saved at
 * once (still version-checked). A field both changed to different values is shown side by side and
 * the user chooses; nothing is saved until they have.
 */
public final class EditMerge {

    /** Saves straight after a merge this many times before asking, should others keep saving meanwhile. */
    private static final int ATTEMPTS = 3;

    private EditMerge() {}

    /**
     * The answer to one save.
     *
     * @param message the flash message when it was saved; null otherwise
     * @param status 400 (refused input) or 409 (a choice to make, or a conflict nothing can merge)
     * @param form what the form shows again: the typed values, or the merge at the current version
     * @param invalid why the service refused it, for 400
     * @param conflict what the other person changed and what is left to choose, or null
     */
    public record Outcome<F extends Record>(
            String message, int status, F form, ValidationException invalid, ConflictView conflict) {

        public boolean saved() {
            return message != null;
        }

        public FormErrors errors(List<String> shownFields) {
            return invalid == null ? FormErrors.none() : FormErrors.of(invalid, shownFields);
        }
    }

    /**
     * @param typed the form as posted
     * @param keep the posted choices for fields both people changed ({@code title:mine}, {@code title:theirs})
     * @param saved reads what is saved now, as a form (called only on a conflict or a choice)
     * @param others who changed what since a moment (the form's "seen")
     * @param save saves a form at the version it carries and says what was done; throws
     *     {@link ConflictException} on a stale version and {@link ValidationException} on bad input
     */
    public static <F extends Record> Outcome<F> save(
            F typed,
            List<String> keep,
            MergeFields<F> fields,
            Supplier<F> saved,
            Function<Instant, OtherChanges> others,
            Function<F, String> save) {
        Instant seen = fields.seen(typed);
        F form = typed;
        Map<String, String> choices = choices(keep);
        if (!choices.isEmpty()) {
            F current = fresh(saved);
            List<Field> undecided = new ArrayList<>();
            for (Field field : fields.fields()) {
                String choice = choices.get(field.key());
                if ("theirs".equals(choice)) {
                    form = fields.take(form, current, field);
                } else if ("".equals(choice) && !same(fields, form, current, field)) {
                    undecided.add(field);
                }
            }
            if (!undecided.isEmpty()) {
                return askAgain(fields, form, current, undecided, others.apply(seen));
            }
        }
        List<Field> kept = new ArrayList<>();
        // Read when a conflict is found, before the merge is saved: afterwards it would name this user too.
        OtherChanges changes = OtherChanges.unrecorded();
        for (int attempt = 1; ; attempt++) {
            try {
                String done = save.apply(form);
                return new Outcome<>(done + keptSentence(kept, changes), 303, form, null, null);
            } catch (ValidationException e) {
                ConflictView conflict = kept.isEmpty()
                        ? null
                        : new ConflictView(
                                "Their changes are merged into the form below; correct the problems, then save.",
                                changes.sentences(),
                                labels(kept),
                                List.of());
                return new Outcome<>(null, 400, form, e, conflict);
            } catch (ConflictException e) {
                F current = fresh(saved);
                if (fields.version(current) == fields.version(form)) {
                    // Not a stale copy but a rule about the current state: there is nothing to merge.
                    return new Outcome<>(null, 409, form, null, ConflictView.notice(e.getMessage(), List.of()));
                }
                changes = others.apply(seen);
                Merge<F> merge = merge(fields, form, current);
                kept.addAll(merge.kept());
                if (!merge.bothChanged().isEmpty() || attempt == ATTEMPTS) {
                    return new Outcome<>(null, 409, merge.form(), null, choose(fields, form, current, merge, changes));
                }
                form = merge.form();
            }
        }
    }

    /**
     * The choices still open on a form edited without saving (a share row added or removed without
     * JavaScript): shown again with what was chosen, or null when the form posted none.
     */
    public static <F extends Record> ConflictView pending(
            F typed, List<String> keep, MergeFields<F> fields, Supplier<F> saved) {
        Map<String, String> choices = choices(keep);
        if (choices.isEmpty()) {
            return null;
        }
        F current = fresh(saved);
        List<ConflictView.Choice> open = fields.fields().stream()
                .filter(f -> choices.containsKey(f.key()))
                .map(f -> new ConflictView.Choice(
                        f.key(), f.label(), fields.shown(typed, f), fields.shown(current, f), choices.get(f.key())))
                .toList();
        return new ConflictView(
                "You both changed the fields below: choose which value to keep for each, then save.",
                List.of(),
                List.of(),
                open);
    }

    /**
     * The three-way merge of one form: {@code mine} as posted (with the baseline it was opened with)
     * against {@code theirs}, the form of what is saved now. The result carries the saved version.
     */
    public record Merge<F extends Record>(F form, List<Field> kept, List<Field> bothChanged) {}

    public static <F extends Record> Merge<F> merge(MergeFields<F> fields, F mine, F theirs) {
        Map<String, String> baseline = fields.baseline(mine);
        F merged = mine;
        List<Field> kept = new ArrayList<>();
        List<Field> bothChanged = new ArrayList<>();
        for (Field field : fields.fields()) {
            String yours = fields.fingerprint(mine, field);
            String saved = fields.fingerprint(theirs, field);
            String opened = baseline.get(field.key());
            if (yours.equals(saved)) {
                continue;
            }
            if (yours.equals(opened)) {
                merged = fields.take(merged, theirs, field);
                kept.add(field);
            } else if (!saved.equals(opened)) {
                // Both changed it, or the form carries no baseline to tell who did: the user decides.
                bothChanged.add(field);
            }
        }
        return new Merge<>(fields.over(merged, theirs), kept, bothChanged);
    }

    private static <F extends Record> ConflictView choose(
            MergeFields<F> fields, F mine, F theirs, Merge<F> merge, OtherChanges others) {
        String message = merge.bothChanged().isEmpty()
                ? "Others are saving this right now. The form below holds the merge; check it and save again."
                : "You both changed the fields below. Choose which value to keep for each, then save: \"keep"
                        + " mine\" saves what the field in the form holds. The rest of the form is already merged.";
        List<ConflictView.Choice> choices = merge.bothChanged().stream()
                .map(f -> new ConflictView.Choice(f.key(), f.label(), fields.shown(mine, f), fields.shown(theirs, f)))
                .toList();
        return new ConflictView(message, others.sentences(), labels(merge.kept()), choices);
    }

    /** A choice posted without a decision: show it again, merged over what is saved now if that moved on. */
    private static <F extends Record> Outcome<F> askAgain(
            MergeFields<F> fields, F form, F current, List<Field> undecided, OtherChanges others) {
        Merge<F> merge = fields.version(current) == fields.version(form)
                ? new Merge<>(form, List.of(), List.of())
                : merge(fields, form, current);
        List<Field> open = new ArrayList<>(merge.bothChanged());
        undecided.stream()
                .filter(f -> open.stream().noneMatch(o -> o.key().equals(f.key())))
                .forEach(open::add);
        Merge<F> asked = new Merge<>(merge.form(), merge.kept(), open);
        ConflictView view = choose(fields, form, current, asked, others);
        return new Outcome<>(
                null,
                409,
                merge.form(),
                null,
                new ConflictView(
                        "Choose which value to keep for " + ConflictView.inWords(labels(undecided)) + ". "
                                + view.message(),
                        view.otherChanges(),
                        view.kept(),
                        view.choices()));
    }

    private static <F extends Record> boolean same(MergeFields<F> fields, F a, F b, Field field) {
        return fields.fingerprint(a, field).equals(fields.fingerprint(b, field));
    }

    /** " Kept Bob's change to Moods." after the saved message, when the merge kept any. */
    private static String keptSentence(List<Field> kept, OtherChanges changes) {
        if (kept.isEmpty()) {
            return "";
        }
        return " Kept " + changes.whose() + (kept.size() == 1 ? " change to " : " changes to ")
                + ConflictView.inWords(labels(kept)) + ".";
    }

    private static List<String> labels(List<Field> fields) {
        return fields.stream().map(Field::label).distinct().toList();
    }

    private static Map<String, String> choices(List<String> keep) {
        Map<String, String> choices = new HashMap<>();
        for (String entry : keep == null ? List.<String>of() : keep) {
            int colon = entry == null ? -1 : entry.indexOf(':');
            if (colon > 0) {
                choices.put(
                        entry.substring(0, colon), entry.substring(colon + 1).strip());
            }
        }
        return choices;
    }

    /** What is saved now, read past anything this request's persistence context still holds. */
    private static <F> F fresh(Supplier<F> saved) {
        Panache.getEntityManager().clear();
        return saved.get();
    }
}
