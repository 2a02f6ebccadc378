package org.rightstracker.core.party;

import java.util.Set;

/** What a user types to create or edit a party; identifiers as typed, parsed by the service. */
public record PartyInput(
        String name,
        PartyKind kind,
        Set<PartyRole> roles,
        String society,
        String ipiNameNumber,
        String isni,
        String contactName,
        String email,
        String phone,
        String notes) {

    public static PartyInput named(String name, PartyKind kind, Set<PartyRole> roles) {
        return new PartyInput(name, kind, roles, null, null, null, null, null, null, null);
    }

    public PartyInput withSociety(String society, String ipiNameNumber) {
        return new PartyInput(name, kind, roles, society, ipiNameNumber, isni, contactName, email, phone, notes);
    }
}
