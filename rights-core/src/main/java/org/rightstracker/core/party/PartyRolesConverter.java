package org.rightstracker.core.party;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Roles live in one column ("COMPOSER,PUBLISHER"): a party page needs no extra query for them. */
@Converter
public class PartyRolesConverter implements AttributeConverter<Set<PartyRole>, String> {

    @Override
    public String convertToDatabaseColumn(Set<PartyRole> roles) {
        if (roles == null || roles.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(roles).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<PartyRole> convertToEntityAttribute(String column) {
        Set<PartyRole> roles = EnumSet.noneOf(PartyRole.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(String::trim)
                    .map(PartyRole::valueOf)
                    .forEach(roles::add);
        }
        return roles;
    }
}
