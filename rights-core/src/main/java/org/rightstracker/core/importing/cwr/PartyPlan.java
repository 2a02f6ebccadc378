package org.rightstracker.core.importing.cwr;

import java.util.List;
import java.util.Set;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;

/**
 * A party the file names: created, completed (an IPI, society or role the catalogue lacks) or linked as
 * it is. {@code society} is the one its shares will carry: the catalogue's where it has one; likewise
 * {@code mrSociety}, the mechanical society the file names.
 */
public record PartyPlan(
        String key,
        String name,
        PartyKind kind,
        String ipi,
        String society,
        String mrSociety,
        Set<PartyRole> roles,
        PlannedAction action,
        Long existingId,
        List<String> changes) {}
