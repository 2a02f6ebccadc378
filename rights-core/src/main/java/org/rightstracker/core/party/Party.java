package org.rightstracker.core.party;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.rightstracker.core.clearance.ClearanceRevisions;
import org.rightstracker.core.shared.BaseEntity;
import org.rightstracker.core.shared.SearchKey;

/** A person or organisation: writer, publisher, label, studio, library. */
@Entity
@EntityListeners(ClearanceRevisions.class)
public class Party extends BaseEntity {

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public PartyKind kind = PartyKind.ORGANISATION;

    @Convert(converter = PartyRolesConverter.class)
    @Column(nullable = false, length = 200)
    public Set<PartyRole> roles = EnumSet.noneOf(PartyRole.class);

    /** Performing-rights society (PRO) code, e.g. ASCAP, BMI, PRS, SACEM. */
    @Column(length = 20)
    public String society;

    /** Mechanical-rights society, where a registration names one (CWR MR affiliation). */
    @Column(length = 20)
    public String mrSociety;

    /** IPI name number, 11 digits with valid check digits. */
    @Column(length = 11, unique = true)
    public String ipiNameNumber;

    /** ISNI, 16 characters. */
    @Column(length = 16, unique = true)
    public String isni;

    @Column(length = 200)
    public String contactName;

    @Column(length = 200)
    public String email;

    @Column(length = 50)
    public String phone;

    @Column(length = 4000)
    public String notes;

    public static Optional<Party> findByIpiNameNumber(String ipi) {
        return find("ipiNameNumber", ipi).firstResultOptional();
    }

    public static Optional<Party> findByIsni(String isni) {
        return find("isni", isni).firstResultOptional();
    }

    public static Optional<Party> findByExactName(String name) {
        return find("nameKey = ?1 order by id", SearchKey.of(name)).firstResultOptional();
    }

    /** name folded by {@link SearchKey}: what matching, search and sorting compare. */
    @Column(nullable = false, length = 200)
    public String nameKey = "";

    /** Keeps the folded keys in step with the text on every save, whoever saves (see V16). */
    @PrePersist
    @PreUpdate
    void refreshSearchKeys() {
        nameKey = SearchKey.of(name, 200);
    }

    @Override
    public String toString() {
        return name;
    }
}
