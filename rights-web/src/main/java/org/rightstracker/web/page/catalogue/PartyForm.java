package org.rightstracker.web.page.catalogue;

import static org.rightstracker.web.page.FormFields.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.identifier.IpiNameNumber;
import org.rightstracker.core.identifier.Isni;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyInput;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.MergeFields;
import org.rightstracker.web.page.References;

/** The party form as typed. */
public record PartyForm(
        @RestForm String name,
        @RestForm String kind,
        @RestForm List<String> roles,
        @RestForm String society,
        @RestForm String ipiNameNumber,
        @RestForm String isni,
        @RestForm String contactName,
        @RestForm String email,
        @RestForm String phone,
        @RestForm String notes,
        @RestForm String version,
        @RestForm String baseline)
        implements CatalogueForm<PartyForm, PartyInput> {

    static final List<String> FIELDS = List.of(
            "name", "kind", "roles", "society", "ipiNameNumber", "isni", "contactName", "email", "phone", "notes");

    /** The fields a conflict merges; the roles ticked are one field (a set chosen as a whole). */
    static final MergeFields<PartyForm> MERGE = MergeFields.of(PartyForm.class)
            .field("name", "Name")
            .field("kind", "Kind")
            .field("roles", "Roles")
            .field("society", "Society")
            .field("ipiNameNumber", "IPI name number")
            .field("isni", "ISNI")
            .field("contactName", "Contact")
            .field("email", "E-mail")
            .field("phone", "Phone")
            .field("notes", "Notes")
            .build();

    static final CatalogueForm.Kind<Party, PartyForm> KIND =
            new CatalogueForm.Kind<>(PartyForm::empty, PartyForm::of, FIELDS, MERGE);

    static PartyForm empty() {
        return new PartyForm("", "ORGANISATION", List.of(), "", "", "", "", "", "", "", "0", "");
    }

    static PartyForm of(Party p) {
        return MERGE.opened(new PartyForm(
                p.name,
                p.kind.name(),
                p.roles.stream().map(PartyRole::name).toList(),
                text(p.society),
                p.ipiNameNumber == null
                        ? ""
                        : IpiNameNumber.parse(p.ipiNameNumber).formatted(),
                p.isni == null ? "" : Isni.parse(p.isni).formatted(),
                text(p.contactName),
                text(p.email),
                text(p.phone),
                text(p.notes),
                Long.toString(p.version),
                null));
    }

    public boolean hasRole(String role) {
        return roles != null && roles.contains(role);
    }

    @Override
    public long versionNumber() {
        return FormFields.version(version);
    }

    /** A party has no share rows: nothing to add, remove or drop. */
    @Override
    public PartyForm edited() {
        return this;
    }

    @Override
    public PartyForm compact() {
        return this;
    }

    /** A party names no other record, so nothing needs resolving. */
    @Override
    public PartyInput toInput(References references) {
        List<FieldError> errors = new ArrayList<>();
        PartyKind chosen = FormFields.choice(PartyKind.class, kind, "kind", "kinds", errors);
        Set<PartyRole> chosenRoles = EnumSet.noneOf(PartyRole.class);
        for (String role : roles == null ? List.<String>of() : roles) {
            PartyRole r = FormFields.choice(PartyRole.class, role, "roles", "roles", errors);
            if (r != null) {
                chosenRoles.add(r);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PartyInput(
                name, chosen, chosenRoles, society, ipiNameNumber, isni, contactName, email, phone, notes);
    }
}
