package org.rightstracker.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.ItemVerdict;
import org.rightstracker.core.licence.FollowUpChannel;
import org.rightstracker.core.licence.FollowUpInput;
import org.rightstracker.core.licence.GrantedUse;
import org.rightstracker.core.licence.LicenceEvent;
import org.rightstracker.core.licence.LicenceEventKind;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.licence.LicenceRange;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.core.licence.LicenceTimeline;
import org.rightstracker.core.licence.OptionInput;
import org.rightstracker.core.licence.QuoteTerms;
import org.rightstracker.web.security.ProductionAccess;

/**
 * Clearance items (derived from ownership, never created by hand, except an executed licence's amendment:
 * see {@link ClearanceItemAmendmentsApi}) and their quote/licence: workflow steps, terms and options, and
 * the licence's timeline of steps and follow-ups. An open amendment has no verdict yet (effectiveFee and
 * coversPlan null): the licence it amends stays in force until it is executed.
 */
@Path("/api/v1/clearance-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clearance")
public class ClearanceItemsApi {

    @Inject
    LicenceService licences;

    @Inject
    LicenceTimeline timeline;

    @Inject
    ProductionAccess access;

    @Inject
    ProductionClearance clearance;

    @Inject
    MergePatch merging;

    public record OptionDto(
            long id, long version, String description, MoneyDto fee, LocalDate exerciseDeadline, boolean exercised) {

        static OptionDto of(LicenceOption o) {
            return new OptionDto(
                    o.id,
                    o.version,
                    o.description,
                    o.fee == null ? null : new MoneyDto(o.fee.toPlainString(), o.currency),
                    o.exerciseDeadline,
                    o.exercised);
        }
    }

    /** What was granted, or asked for: media and territory codes, and a term (years null = perpetuity). */
    public record ScopeDto(
            String media, String territories, String excludedTerritories, LocalDate termStart, Integer termYears) {}

    public record ItemDto(
            long id,
            long version,
            long cueId,
            long partyId,
            String partyName,
            ClearanceSide side,
            String syncShare,
            String masterShare,
            boolean obsolete,
            Long amendsItemId,
            int amendmentNo,
            LicenceStatus status,
            MoneyDto quotedFee,
            MoneyDto agreedFee,
            MoneyDto effectiveFee,
            boolean mfn,
            boolean mfnWaived,
            LocalDate quoteExpiresOn,
            ScopeDto granted,
            Boolean coversPlan,
            LocalDate requestedOn,
            LocalDate quotedOn,
            LocalDate approvedOn,
            LocalDate licensedOn,
            String contact,
            String notes,
            List<OptionDto> options,
            UseDto licenceUse) {

        static ItemDto of(ClearanceItem i, ItemVerdict verdict) {
            return new ItemDto(
                    i.id,
                    i.version,
                    i.cue.id,
                    i.party.id,
                    i.party.name,
                    i.side,
                    i.syncShare == null ? null : i.syncShare.toPlainString(),
                    i.masterShare == null ? null : i.masterShare.toPlainString(),
                    i.obsolete,
                    i.amends == null ? null : i.amends.id,
                    i.amendmentNo,
                    i.status,
                    MoneyDto.of(i.quoted()),
                    MoneyDto.of(i.agreed()),
                    verdict == null ? null : MoneyDto.of(verdict.effectiveFee()),
                    i.mfn,
                    i.mfnWaived,
                    i.quoteExpiresOn,
                    new ScopeDto(
                            i.grantedMedia.code(),
                            i.grantedTerritories,
                            i.grantedExcludedTerritories,
                            i.termStart,
                            i.termYears),
                    verdict == null ? null : verdict.coversPlan(),
                    i.requestedOn,
                    i.quotedOn,
                    i.approvedOn,
                    i.licensedOn,
                    i.contact,
                    i.notes,
                    i.options.stream().map(OptionDto::of).toList(),
                    UseDto.of(i));
        }
    }

    /**
     * Which cues the licence covers and the use it grants: range CUE/EPISODE/SEASON/SERIES, rangeCap (null =
     * every use in range), usages (empty = any), maxDurationSeconds (null = any length), scene quoted for.
     */
    public record UseDto(
            LicenceRange range, Integer rangeCap, List<String> usages, Integer maxDurationSeconds, String scene) {
        static UseDto of(ClearanceItem i) {
            GrantedUse use = i.grantedUse();
            return new UseDto(
                    i.rangeKind,
                    i.rangeCap,
                    use.usages().stream().sorted().map(Enum::name).toList(),
                    use.maxSeconds(),
                    use.scene());
        }
    }

    /**
     * One workflow step: the target status, its date (today when empty) and what it records. A quote
     * (status QUOTED) also records its expiry and MFN: {@code mfn} and {@code mfnWaived} left out keep
     * what the licence has; on other steps they are refused (change them in the terms). A quote may also
     * carry the scope on offer ({@code granted}) and the {@code contact}, recorded in the same transaction;
     * left out they keep what the licence has. Approving at a fee that MFN raises is refused at
     * {@code agreedFee} with the figure proposed, unless {@code acceptCommittedFigure} is true.
     */
    public record TransitionBody(
            Long version,
            LicenceStatus status,
            LocalDate on,
            String quotedFee,
            String agreedFee,
            String currency,
            LocalDate quoteExpiresOn,
            String note,
            Boolean mfn,
            Boolean mfnWaived,
            ScopeDto granted,
            String contact,
            Boolean acceptCommittedFigure) {}

    /**
     * One record of a licence's timeline: a step (status moved to) or a follow-up (channel, next
     * follow-up), the day it happened, who recorded it (user name and display name as they were; user
     * name "migrated" for steps moved from the notes of older versions) and when.
     */
    public record TimelineEventDto(
            long id,
            LicenceEventKind kind,
            LocalDate on,
            LicenceStatus status,
            FollowUpChannel channel,
            LocalDate nextFollowUpOn,
            String note,
            String detail,
            String username,
            String displayName,
            Instant recordedAt) {

        static TimelineEventDto of(LicenceEvent e) {
            return new TimelineEventDto(
                    e.id,
                    e.kind,
                    e.occurredOn,
                    e.status,
                    e.channel,
                    e.nextFollowUpOn,
                    e.note,
                    e.detail,
                    e.username,
                    e.displayName,
                    e.createdAt);
        }
    }

    /** A follow-up with the licensor: when (today when empty), how, what was said, when to chase next. */
    public record FollowUpBody(LocalDate on, FollowUpChannel channel, String note, LocalDate nextFollowUpOn) {}

    public record TermsBody(
            Long version,
            String currency,
            String quotedFee,
            String agreedFee,
            boolean mfn,
            boolean mfnWaived,
            LocalDate quoteExpiresOn,
            ScopeDto granted,
            String contact,
            String notes) {

        /** The body that would leave the licence's terms as they are: what a merge patch applies to. */
        static TermsBody of(ClearanceItem i) {
            return new TermsBody(
                    i.version,
                    i.feeCurrency,
                    i.quotedFee == null ? null : i.quotedFee.toPlainString(),
                    i.agreedFee == null ? null : i.agreedFee.toPlainString(),
                    i.mfn,
                    i.mfnWaived,
                    i.quoteExpiresOn,
                    new ScopeDto(
                            i.grantedMedia.code(),
                            i.grantedTerritories,
                            i.grantedExcludedTerritories,
                            i.termStart,
                            i.termYears),
                    i.contact,
                    i.notes);
        }
    }

    public record OptionBody(
            Long version, String description, String fee, String currency, LocalDate exerciseDeadline) {}

    public record ExercisedBody(Long version, boolean exercised) {}

    @GET
    @Path("{id}")
    @Transactional
    public Response item(@PathParam("id") long id) {
        ClearanceItem item = access.requireVisibleItem(id);
        return Response.ok(dto(item)).tag(Long.toString(item.version)).build();
    }

    @POST
    @Path("{id}/transitions")
    @Transactional
    public ItemDto move(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, TransitionBody body) {
        ClearanceItem item = editable(id);
        TransitionBody step = ApiBodies.required(body);
        if (step.status() == null) {
            throw new org.rightstracker.core.shared.ValidationException("status", "Name the status to move to.");
        }
        boolean withTerms = step.granted() != null || step.contact() != null;
        LicenceStep licenceStep = new LicenceStep(
                step.on(),
                step.quotedFee(),
                step.agreedFee(),
                step.currency(),
                step.quoteExpiresOn(),
                step.note(),
                step.mfn(),
                step.mfnWaived(),
                Boolean.TRUE.equals(step.acceptCommittedFigure()));
        long version = Versions.expected(ifMatch, step.version());
        if (withTerms) {
            ScopeDto scope = step.granted() == null ? new ScopeDto(null, null, null, null, null) : step.granted();
            licences.moveWithTerms(
                    item.id,
                    version,
                    step.status(),
                    licenceStep,
                    new QuoteTerms(
                            scope.media(),
                            scope.territories(),
                            scope.excludedTerritories(),
                            scope.termStart(),
                            scope.termYears(),
                            step.contact()));
        } else {
            licences.move(item.id, version, step.status(), licenceStep);
        }
        return dto(ApiBodies.flushed(item));
    }

    /** The licence's timeline, newest first (by the day it happened, then as recorded), paged. */
    @GET
    @Path("{id}/timeline")
    public PageOf<TimelineEventDto> timeline(
            @PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        access.requireVisibleItem(id);
        PageOf.check(page, size);
        return new PageOf<>(
                timeline.page(id, page, size).stream().map(TimelineEventDto::of).toList(),
                page,
                size,
                timeline.count(id));
    }

    /** Logs a follow-up; it changes nothing on the licence, so no version is needed. */
    @POST
    @Path("{id}/follow-ups")
    public Response followUp(@PathParam("id") long id, FollowUpBody body) {
        ClearanceItem item = editable(id);
        FollowUpBody followUp = ApiBodies.required(body);
        LicenceEvent logged = timeline.logFollowUp(
                item.id,
                new FollowUpInput(followUp.on(), followUp.channel(), followUp.note(), followUp.nextFollowUpOn()));
        return Response.created(URI.create("/api/v1/clearance-items/" + id + "/timeline"))
                .entity(TimelineEventDto.of(logged))
                .build();
    }

    @PUT
    @Path("{id}/terms")
    @Transactional
    @Operation(
            summary = "Replace the terms of a licence",
            description = "Full replacement: every term takes the value sent, and a member left out is cleared"
                    + " (empty, false or no scope), as if sent as null. To change some terms and keep the others,"
                    + " send a merge patch with PATCH instead.")
    public ItemDto terms(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, TermsBody body) {
        ClearanceItem item = editable(id);
        return saveTerms(item, ifMatch, ApiBodies.required(body));
    }

    @PATCH
    @Path("{id}/terms")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Transactional
    @Operation(
            summary = "Change some terms of a licence",
            description = "JSON Merge Patch (RFC 7396): send only the members to change. A member left out keeps"
                    + " its value, a member set to null is cleared, and \"granted\" is merged member by member."
                    + " Send the version you read (\"version\" or If-Match); a stale one is a 409. Unknown"
                    + " members and values of the wrong type are a 400 naming them.")
    public ItemDto patchTerms(
            @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MergePatch.MEDIA_TYPE,
                                            schema = @Schema(implementation = TermsBody.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "Set MFN only",
                                                            summary = "Fee, notes and scope stay as they are",
                                                            value = "{\"version\": 7, \"mfn\": true}")))
                    String patch)
            throws JsonProcessingException {
        ClearanceItem item = editable(id);
        return saveTerms(item, ifMatch, merging.apply(TermsBody.of(item), patch, TermsBody.class));
    }

    private ItemDto saveTerms(ClearanceItem item, String ifMatch, TermsBody terms) {
        ScopeDto scope = terms.granted() == null ? new ScopeDto(null, null, null, null, null) : terms.granted();
        licences.updateTerms(
                item.id,
                Versions.expected(ifMatch, terms.version()),
                new LicenceTerms(
                        terms.currency(),
                        terms.quotedFee(),
                        terms.agreedFee(),
                        terms.mfn(),
                        terms.mfnWaived(),
                        terms.quoteExpiresOn(),
                        scope.media(),
                        scope.territories(),
                        scope.excludedTerritories(),
                        scope.termStart(),
                        scope.termYears(),
                        terms.contact(),
                        terms.notes()));
        return dto(ApiBodies.flushed(item));
    }

    @POST
    @Path("{id}/options")
    @Transactional
    public Response addOption(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, OptionBody body) {
        ClearanceItem item = editable(id);
        OptionBody option = ApiBodies.required(body);
        LicenceOption added = ApiBodies.flushed(licences.addOption(
                item.id,
                Versions.expected(ifMatch, option.version()),
                new OptionInput(option.description(), option.fee(), option.currency(), option.exerciseDeadline())));
        return Response.created(URI.create("/api/v1/options/" + added.id))
                .entity(OptionDto.of(added))
                .build();
    }

    private ClearanceItem editable(long itemId) {
        ClearanceItem item = access.requireVisibleItem(itemId);
        access.requireEditable(item.cue.production.id);
        return item;
    }

    private ItemDto dto(ClearanceItem item) {
        return ItemDto.of(item, verdictOf(clearance.evaluateCue(item.cue.id), item));
    }

    static ItemVerdict verdictOf(CueVerdict verdict, ClearanceItem item) {
        return verdict.items().stream()
                .filter(v -> v.itemId() == item.id)
                .findFirst()
                .orElse(null);
    }
}
