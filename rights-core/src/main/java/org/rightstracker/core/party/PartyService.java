package org.rightstracker.core.party;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.rightstracker.core.catalogue.CatalogueStore;
import org.rightstracker.core.identifier.IpiNameNumber;
import org.rightstracker.core.identifier.Isni;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.SearchWords;
import org.rightstracker.core.shared.TextLimit;

@ApplicationScoped
public class PartyService implements CatalogueStore<Party, PartyInput> {

    public Party get(long id) {
        return Party.<Party>findByIdOptional(id).orElseThrow(() -> NotFoundException.of("Party", id));
    }

    /**
     * Parties whose name holds every word of {@code query} ignoring case, accents and order, or whose IPI name number it
     * is, in alphabetical order (accents sort with their letter).
     */
    public List<Party> search(String query, int pageIndex, int pageSize) {
        SearchWords.Condition search = condition(query);
        return Party.find(search.jpql(), Sort.by("nameKey").and("name").and("id"), search.parameters())
                .page(Page.of(pageIndex, pageSize))
                .list();
    }

    public long count(String query) {
        SearchWords.Condition search = condition(query);
        return Party.count(search.jpql(), search.parameters());
    }

    /** Every typed word in one of the folded names, in any order, or the whole text as the identifier. */
    private static SearchWords.Condition condition(String query) {
        return SearchWords.of(query).where(List.of("nameKey"), List.of("ipiNameNumber"));
    }

    /** The party an input row names, or a field error when it names none or an unknown one. */
    public static Party lookup(Errors errors, String field, Long partyId) {
        if (partyId == null) {
            errors.add(field, "Choose a party.");
            return null;
        }
        Party party = Party.findById(partyId);
        if (party == null) {
            errors.add(field, "Party " + partyId + " does not exist.");
        }
        return party;
    }

    @Transactional
    public Party create(PartyInput input) {
        return create(input, party -> {});
    }

    /**
     * As {@link #create(PartyInput)}, with {@code completion} setting what an import knows beyond the
     * form's fields (a CWR file's mechanical society) before the row is written, so that it is written once.
     */
    @Transactional
    public Party create(PartyInput input, Consumer<Party> completion) {
        Party party = new Party();
        apply(party, input);
        completion.accept(party);
        party.persist();
        return party;
    }

    @Transactional
    public Party update(long id, long version, PartyInput input) {
        Party party = get(id);
        party.requireVersion(version, "Party " + party.name);
        apply(party, input);
        return party;
    }

    @Transactional
    public void delete(long id, long version) {
        Party party = get(id);
        party.requireVersion(version, "Party " + party.name);
        long uses = Party.getEntityManager()
                .createQuery(
                        "select (select count(*) from WriterShare w where w.party = :p)"
                                + " + (select count(*) from PublisherShare s where s.party = :p)"
                                + " + (select count(*) from MasterShare m where m.party = :p)"
                                + " + (select count(*) from ClearanceItem i where i.party = :p)"
                                + " + (select count(*) from Production r where r.studio = :p)",
                        Long.class)
                .setParameter("p", party)
                .getSingleResult();
        if (uses > 0) {
            throw new ConflictException(party.name + " still owns shares, licences or productions (" + uses
                    + " in all); remove those first.");
        }
        party.delete();
    }

    private void apply(Party party, PartyInput input) {
        Errors errors = new Errors();
        String name = errors.required(TextLimit.PARTY_NAME, input.name());
        IpiNameNumber ipi = errors.parse("ipiNameNumber", input.ipiNameNumber(), IpiNameNumber::parse);
        Isni isni = errors.parse("isni", input.isni(), Isni::parse);
        String society = errors.optional(TextLimit.PARTY_SOCIETY, input.society());
        String contactName = errors.optional(TextLimit.PARTY_CONTACT_NAME, input.contactName());
        String email = errors.optional(TextLimit.PARTY_EMAIL, input.email());
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add("email", "E-mail " + email + " is not an address like name@example.com.");
        }
        String phone = errors.optional(TextLimit.PARTY_PHONE, input.phone());
        String notes = errors.optional(TextLimit.PARTY_NOTES, input.notes());
        if (ipi != null) {
            Party.findByIpiNameNumber(ipi.value())
                    .filter(other -> !Objects.equals(other.id, party.id))
                    .ifPresent(other -> errors.add(
                            "ipiNameNumber", "IPI " + ipi.formatted() + " already belongs to " + other.name + "."));
        }
        if (isni != null) {
            Party.findByIsni(isni.value())
                    .filter(other -> !Objects.equals(other.id, party.id))
                    .ifPresent(other ->
                            errors.add("isni", "ISNI " + isni.formatted() + " already belongs to " + other.name + "."));
        }
        errors.throwIfAny();
        party.name = name;
        party.kind = input.kind() == null ? PartyKind.ORGANISATION : input.kind();
        party.roles = input.roles() == null || input.roles().isEmpty()
                ? EnumSet.noneOf(PartyRole.class)
                : EnumSet.copyOf(input.roles());
        party.society = society == null ? null : society.toUpperCase();
        party.ipiNameNumber = ipi == null ? null : ipi.value();
        party.isni = isni == null ? null : isni.value();
        party.contactName = contactName;
        party.email = email;
        party.phone = phone;
        party.notes = notes;
    }
}
