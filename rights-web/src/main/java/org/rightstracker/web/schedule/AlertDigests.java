package org.rightstracker.web.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.Problem;
import org.rightstracker.core.clearance.engine.ProblemCode;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.TextLimit;
import org.rightstracker.web.security.AppUser;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.ProductionMember;

/**
 * Composes the alert digest: for every enabled user, the findings with a date attached (quotes
 * expired or expiring, option deadlines near or passed) on the productions they can see. A user
 * with nothing to hear about gets no digest for that tick.
 */
@ApplicationScoped
public class AlertDigests {

    static final Set<ProblemCode> DATED = EnumSet.of(
            ProblemCode.QUOTE_EXPIRED,
            ProblemCode.QUOTE_EXPIRING,
            ProblemCode.OPTION_DEADLINE,
            ProblemCode.OPTION_LAPSED);

    @Inject
    ProductionClearance clearance;

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
        int digests = 0;
        int lines = 0;
        Instant now = Instant.now();
        for (AppUser user : AppUser.<AppUser>list("enabled = true order by username")) {
            List<String> body = new ArrayList<>();
            for (Map.Entry<Long, List<String>> production : findingsByProduction.entrySet()) {
                if (Permission.SEE_EVERY_PRODUCTION.grantedTo(user.role)
                        || productionsByMember.getOrDefault(user.id, List.of()).contains(production.getKey())) {
                    body.addAll(production.getValue());
                }
            }
            if (body.isEmpty()) {
                continue;
            }
            AlertDigest digest = new AlertDigest();
            digest.userId = user.id;
            digest.tick = tick;
            digest.createdAt = now;
            digest.itemCount = body.size();
            digest.body = TextLimit.ALERT_DIGEST_BODY.shortened(String.join("\n", body));
            digest.persist();
            digests++;
            lines += body.size();
        }
        return digests + " digest(s) with " + lines + " finding(s)";
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
