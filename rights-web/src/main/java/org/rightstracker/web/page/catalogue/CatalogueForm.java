package org.rightstracker.web.page.catalogue;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.rightstracker.web.page.MergeFields;
import org.rightstracker.web.page.References;

/**
 * A catalogue form as typed (work, recording, party), as {@link CataloguePage} handles it: read into
 * the service's input, with the version it was opened at; the share-row edits are for forms with a
 * share editor ({@link ShareRows}) and do nothing on the others.
 *
 * @param <F> the form record itself
 * @param <I> the service input it becomes
 */
interface CatalogueForm<F extends Record & CatalogueForm<F, I>, I> {

    /** The input for the service; names of other records are resolved through {@code references}. */
    I toInput(References references);

    long versionNumber();

    /** Whether the post asks to add or remove a share row rather than save. */
    default boolean isRowEdit() {
        return false;
    }

    /** The form with the share row added or removed that the post asks for. */
    F edited();

    /** The form without the share rows left blank. */
    F compact();

    /**
     * How a page makes and shows its form: blank, from a saved record, the fields with their own
     * message slot, and the fields a conflict merges.
     */
    record Kind<E, F extends Record>(
            Supplier<F> blank, Function<E, F> of, List<String> shownFields, MergeFields<F> merge) {}
}
