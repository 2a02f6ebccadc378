package org.rightstracker.web.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.Problem;
import org.rightstracker.core.clearance.engine.ProblemCode;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.TextLimit;
import org.rightstracker.web.security.AppUser;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.ProductionMember;

/**
 * Composes the alert digest: for every enabled user, the findings with a date attached (quotes
 * expired or expiring, option deadlines near or passed) on the productions they can see. A user
 * with nothing to hear about gets no digest for that tick. The digest opens with how many quotes expire in
 * the next seven days, and is e-mailed to everyone with an address who has not opted out ({@link DigestMail}).
 */
@ApplicationScoped
public class AlertDigests {

    static final Set<ProblemCode> DATED = EnumSet.of(
            ProblemCode.QUOTE_EXPIRED,
            ProblemCode.QUOTE_EXPIRING,
            ProblemCode.OPTION_DEADLINE,
            ProblemCode.OPTION_LAPSED);

    /** How far ahead the digest's headline counts expiring quotes. */
    static final int EXPIRING_QUOTE_DAYS = 7;

    @Inject
    ProductionClearance clearance;

    @Inject
    DigestMail mail;

    /** Writes this tick's digests and says how many, for the job ledger. */
    @Transactional
    public String compose(Instant tick) {
        Map<Long, List<String>> findingsByProduction = new LinkedHashMap<>();
        for (Production production : Production.<Production>list("order by title")) {
            findingsByProduction.put(production.id, findings(production));
        }
        Map<Long, List<Long>> productionsByMember = new HashMap<>();
        for (ProductionMember member : ProductionMember.<ProductionMember>listAll()) {
            productionsByMember
                    .computeIfAbsent(member.userId, u -> new ArrayList<>())
                    .add(member.productionId);
        }
        Map<Long, Long> expiringByProduction = expiringQuotes(null, LocalDate.now());
        int digests = 0;
        int lines = 0;
        List<AlertDigest> composed = new ArrayList<>();
        Instant now = Instant.now();
        for (AppUser user : AppUser.<AppUser>list("enabled = true order by username")) {
            List<String> body = new ArrayList<>();
            long expiring = 0;
            for (Map.Entry<Long, List<String>> production : findingsByProduction.entrySet()) {
                if (Permission.SEE_EVERY_PRODUCTION.grantedTo(user.role)
                        || productionsByMember.getOrDefault(user.id, List.of()).contains(production.getKey())) {
                    body.addAll(production.getValue());
                    expiring += expiringByProduction.getOrDefault(production.getKey(), 0L);
                }
            }
            int findings = body.size();
            if (expiring > 0) {
                body.add(0, expiringHeadline(expiring));
            }
            if (body.isEmpty()) {
                continue;
            }
            AlertDigest digest = new AlertDigest();
            digest.userId = user.id;
            digest.tick = tick;
            digest.createdAt = now;
            digest.itemCount = findings;
            digest.body = TextLimit.ALERT_DIGEST_BODY.shortened(String.join("\n", body));
            digest.persist();
            composed.add(digest);
            digests++;
            lines += body.size();
        }
        return digests + " digest(s) with " + lines + " line(s)" + mail.send(composed);
    }

    /** "2 quotes expire in the next 7 days." */
    static String expiringHeadline(long quotes) {
        return quotes + (quotes == 1 ? " quote expires" : " quotes expire") + " in the next " + EXPIRING_QUOTE_DAYS
                + " days.";
    }

    /**
     * Open quotes (requested, quoted or negotiating, on an active cue) whose expiry is from today to seven
     * days ahead, counted by production; {@code productionIds} null for every production.
     */
    public Map<Long, Long> expiringQuotes(Collection<Long> productionIds, LocalDate today) {
        if (productionIds != null && productionIds.isEmpty()) {
            return Map.of();
        }
        String query = "select i.cue.production.id, count(i) from ClearanceItem i"
                + " where i.obsolete = false and i.cue.active = true and i.status in ?1"
                + " and i.quoteExpiresOn >= ?2 and i.quoteExpiresOn <= ?3"
                + (productionIds == null ? "" : " and i.cue.production.id in ?4")
                + " group by i.cue.production.id";
        var select = ClearanceItem.getEntityManager()
                .createQuery(query, Object[].class)
                .setParameter(1, List.of(LicenceStatus.REQUESTED, LicenceStatus.QUOTED, LicenceStatus.NEGOTIATING))
                .setParameter(2, today)
                .setParameter(3, today.plusDays(EXPIRING_QUOTE_DAYS));
        if (productionIds != null) {
            select.setParameter(4, productionIds);
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : select.getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private List<String> findings(Production production) {
        List<String> lines = new ArrayList<>();
        for (CueVerdict cue : clearance.evaluate(production.id).cues()) {
            if (!cue.active()) {
                continue;
            }
            for (Problem problem : cue.problems()) {
                if (DATED.contains(problem.code())) {
                    lines.add(production.title + ", cue " + cue.number() + " \"" + cue.title() + "\": "
                            + problem.message());
                }
            }
        }
        return lines;
    }
}
