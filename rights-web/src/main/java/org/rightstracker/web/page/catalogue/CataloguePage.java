package org.rightstracker.web.page.catalogue;

import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.rightstracker.core.catalogue.CatalogueKind;
import org.rightstracker.core.catalogue.CatalogueStore;
import org.rightstracker.core.shared.BaseEntity;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.ConflictView;
import org.rightstracker.web.page.EditMerge;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.OtherChanges;
import org.rightstracker.web.page.Pager;
import org.rightstracker.web.page.References;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Permissions;
import org.rightstracker.web.security.Requires;

/**
 * The list/detail/form shape the work, recording and party pages share, written once: the list paged,
 * filtered and sorted by search key; one record's page (or the record a merge kept, for a merged-away
 * id); the blank and the edit form; create and save with the field-by-field conflict merge; and the
 * version-checked delete, which the service refuses with "still used by …" (a 409 on the error page)
 * while anything refers to the record. Each page names its service, its form and its templates.
 *
 * <p>The create and save handlers stay in the pages only to bind their own form record; they hand it
 * to {@link #created} and {@link #saved}.
 *
 * @param <E> the catalogue entity
 * @param <F> its form as typed
 * @param <I> the service input the form becomes
 */
abstract class CataloguePage<E extends BaseEntity, F extends Record & CatalogueForm<F, I>, I> {

    @Inject
    Permissions permissions;

    @Inject
    Duplicates duplicates;

    @Inject
    References references;

    private final String path;
    private final CatalogueKind kind;

    /** @param path the list's address, e.g. "/works"; a record's page is this plus "/" and its id */
    CataloguePage(String path, CatalogueKind kind) {
        this.path = path;
        this.kind = kind;
    }

    abstract CatalogueStore<E, I> store();

    abstract CatalogueForm.Kind<E, F> form();

    /** How flash messages name the record: "the work Blue Moon", "Éditions Lumière". */
    abstract String name(E record);

    /** Who changed the record since a moment, for the conflict view. */
    abstract OtherChanges changesSince(long id, Instant seen);

    abstract TemplateInstance listPage(List<E> records, Pager pager, boolean canEdit);

    abstract TemplateInstance detailPage(E record, boolean canEdit);

    /** The form page; {@code record} is null for a new one. */
    abstract TemplateInstance formPage(E record, F form, FormErrors errors, ConflictView conflict);

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@RestQuery String q, @RestQuery Integer page) {
        Pager pager = Pager.of(path, q, page, store().count(q));
        return listPage(store().search(q, pager.index(), pager.size()), pager, permissions.canEditCatalogue());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") long id) {
        E record = Duplicates.orMerged(kind, id, () -> store().get(id));
        return detailPage(record, permissions.canEditCatalogue());
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public TemplateInstance newForm() {
        return formPage(null, form().blank().get(), FormErrors.none(), null);
    }

    @GET
    @Path("{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    @Requires(Permission.EDIT_CATALOGUE)
    public TemplateInstance edit(@PathParam("id") long id) {
        E record = store().get(id);
        return formPage(record, form().of().apply(record), FormErrors.none(), null);
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Requires(Permission.EDIT_CATALOGUE)
    public Response delete(@PathParam("id") long id, @RestForm String version) {
        String name = name(store().get(id));
        store().delete(id, FormFields.version(version));
        return Flash.seeOther(path, "Deleted " + name + ".");
    }

    /** A new record from the posted form: its page, or the form again with the field messages. */
    Response created(F typed) {
        if (typed.isRowEdit()) {
            return Response.ok(formPage(null, typed.edited(), FormErrors.none(), null))
                    .build();
        }
        F form = typed.compact();
        try {
            E record = store().create(form.toInput(references));
            return Flash.seeOther(path + "/" + record.id, "Added " + name(record) + ".");
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(formPage(null, form, FormErrors.of(e, form().shownFields()), null))
                    .build();
        }
    }

    /**
     * The posted form saved over the record, merged field by field with what someone else saved since
     * it was opened; a conflict or bad input shows the form again.
     */
    Response saved(long id, F typed, List<String> keep) {
        // An unknown id is a 404 before anything else.
        store().get(id);
        Supplier<F> current = () -> form().of().apply(store().get(id));
        if (typed.isRowEdit()) {
            ConflictView open = EditMerge.pending(typed, keep, form().merge(), current);
            return Response.ok(formPage(store().get(id), typed.edited(), FormErrors.none(), open))
                    .build();
        }
        EditMerge.Outcome<F> outcome = EditMerge.save(
                typed.compact(),
                keep,
                form().merge(),
                current,
                seen -> changesSince(id, seen),
                f -> "Saved " + name(store().update(id, f.versionNumber(), f.toInput(references))) + ".");
        if (outcome.saved()) {
            return Flash.seeOther(path + "/" + id, outcome.message());
        }
        FormErrors errors = outcome.errors(form().shownFields());
        return Response.status(outcome.status())
                .entity(formPage(store().get(id), outcome.form(), errors, outcome.conflict()))
                .build();
    }
}
