package org.rightstracker.core.clearance.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.licence.GrantedUse;
import org.rightstracker.core.licence.LicenceRange;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.scope.MediaSet;
import org.rightstracker.core.scope.RightsScope;
import org.rightstracker.core.scope.Term;
import org.rightstracker.core.scope.TerritoryScope;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.Share;

/**
 * Readable fixtures for engine tests. Defaults describe the ordinary case (linked work and recording, a
 * world-wide perpetual grant, a plan for theatrical and SVOD) so each test states only what it is about.
 */
final class Facts {

    static final Currency USD = Currency.getInstance("USD");
    static final Currency EUR = Currency.getInstance("EUR");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final LocalDate PLAN_START = LocalDate.of(2026, 1, 1);

    /** Theatrical and SVOD, world, ten years: what most tests need licences to cover. */
    static final RightsScope PLAN = scope("THEATRICAL, SVOD", "WORLD", Term.ofYears(PLAN_START, 10));

    /** What a licence grants unless a test says otherwise: everything, everywhere, for ever. */
    static final RightsScope EVERYTHING = scope("ALL_MEDIA", "WORLD", Term.perpetuity(PLAN_START));

    private static final AtomicLong IDS = new AtomicLong(1000);

    private Facts() {}

    static RightsScope scope(String media, String territories, Term term) {
        return new RightsScope(MediaSet.parse(media), TerritoryScope.parse(territories, ""), term);
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static Holder holder(long partyId, String name, String share) {
        return new Holder(partyId, name, Share.of(share));
    }

    static ItemBuilder sync(long partyId, String name, String share) {
        return new ItemBuilder(partyId, name, ClearanceSide.SYNC, Share.of(share), null);
    }

    static ItemBuilder master(long partyId, String name, String share) {
        return new ItemBuilder(partyId, name, ClearanceSide.MASTER, null, Share.of(share));
    }

    static ItemBuilder oneStop(long partyId, String name, String syncShare, String masterShare) {
        return new ItemBuilder(partyId, name, ClearanceSide.ONE_STOP, Share.of(syncShare), Share.of(masterShare));
    }

    static ItemBuilder composerAgreement(long partyId, String name) {
        return new ItemBuilder(partyId, name, ClearanceSide.COMPOSER_AGREEMENT, Share.FULL, Share.FULL);
    }

    static CueBuilder cue(String number, CueOrigin origin) {
        return new CueBuilder(number, origin);
    }

    static ProductionBuilder production() {
        return new ProductionBuilder();
    }

    /** The worked example's cue 2M14: Publisher A and B at 50% each, Label L owning the master. */
    static CueBuilder splitSoundtrack() {
        return cue("2M14", CueOrigin.SOUNDTRACK)
                .publisher(1, "Publisher A", "50")
                .publisher(2, "Publisher B", "50")
                .masterOwner(3, "Label L", "100");
    }

    /** One cue evaluated on {@link #TODAY} against a default production. */
    static CueVerdict evaluate(CueBuilder cue) {
        return evaluate(cue, production());
    }

    static CueVerdict evaluate(CueBuilder cue, ProductionBuilder production) {
        return new ClearanceEngine(TODAY).evaluate(cue.build(), production.build());
    }

    static List<ProblemCode> codes(CueVerdict verdict) {
        return verdict.problems().stream().map(Problem::code).toList();
    }

    static List<String> messages(CueVerdict verdict) {
        return verdict.problems().stream().map(Problem::message).toList();
    }

    static final class ItemBuilder {
        private final long id = IDS.incrementAndGet();
        private final long partyId;
        private final String partyName;
        private final ClearanceSide side;
        private final Share syncShare;
        private final Share masterShare;
        private LicenceStatus status = LicenceStatus.NOT_REQUESTED;
        private Money quoted;
        private Money agreed;
        private boolean mfn;
        private boolean mfnWaived;
        private RightsScope granted = EVERYTHING;
        private LocalDate quoteExpiry;
        private final List<OptionFacts> options = new ArrayList<>();
        private boolean obsolete;
        private LicenceRange range = LicenceRange.CUE;
        private Integer cap;
        private GrantedUse use = GrantedUse.ANY;

        private ItemBuilder(long partyId, String partyName, ClearanceSide side, Share syncShare, Share masterShare) {
            this.partyId = partyId;
            this.partyName = partyName;
            this.side = side;
            this.syncShare = syncShare;
            this.masterShare = masterShare;
        }

        ItemBuilder status(LicenceStatus status) {
            this.status = status;
            return this;
        }

        /** Executed; priced at 1,000 unless a fee was given, since a real licence always states one. */
        ItemBuilder licensed() {
            if (quoted == null && agreed == null) {
                agreed = usd("1000");
            }
            return status(LicenceStatus.LICENSED);
        }

        ItemBuilder quoted(String amount) {
            this.quoted = usd(amount);
            return status == LicenceStatus.NOT_REQUESTED ? status(LicenceStatus.QUOTED) : this;
        }

        ItemBuilder quoted(Money amount) {
            this.quoted = amount;
            return status == LicenceStatus.NOT_REQUESTED ? status(LicenceStatus.QUOTED) : this;
        }

        ItemBuilder agreed(String amount) {
            this.agreed = usd(amount);
            return this;
        }

        ItemBuilder mfn() {
            this.mfn = true;
            return this;
        }

        ItemBuilder mfnWaived() {
            this.mfn = true;
            this.mfnWaived = true;
            return this;
        }

        ItemBuilder granted(RightsScope granted) {
            this.granted = granted;
            return this;
        }

        ItemBuilder quoteExpires(LocalDate date) {
            this.quoteExpiry = date;
            return this;
        }

        ItemBuilder option(String description, Money fee, LocalDate deadline, boolean exercised) {
            options.add(new OptionFacts(description, fee, deadline, exercised));
            return this;
        }

        ItemBuilder obsolete() {
            this.obsolete = true;
            return this;
        }

        /** Covers every use of its music in {@code range}, at most {@code cap} of them (null: no cap). */
        ItemBuilder range(LicenceRange range, Integer cap) {
            this.range = range;
            this.cap = cap;
            return this;
        }

        ItemBuilder use(GrantedUse use) {
            this.use = use;
            return this;
        }

        long id() {
            return id;
        }

        ItemFacts build() {
            return new ItemFacts(
                    id,
                    partyId,
                    partyName,
                    side,
                    syncShare,
                    masterShare,
                    status,
                    quoted,
                    agreed,
                    mfn,
                    mfnWaived,
                    granted,
                    quoteExpiry,
                    options,
                    obsolete,
                    range,
                    cap,
                    use,
                    false);
        }
    }

    static final class CueBuilder {
        private static final AtomicLong CUE_IDS = new AtomicLong(100);

        private final long id = CUE_IDS.incrementAndGet();
        private final String number;
        private final CueOrigin origin;
        private String title;
        private boolean active = true;
        private Long workId = 1L;
        private boolean publicDomain;
        private Long recordingId;
        private final List<Holder> publishers = new ArrayList<>();
        private final List<Holder> masterOwners = new ArrayList<>();
        private final List<Holder> writers = new ArrayList<>();
        private final List<ItemFacts> items = new ArrayList<>();
        private CueUsage usage = CueUsage.BI;
        private Integer durationSeconds;

        private CueBuilder(String number, CueOrigin origin) {
            this.number = number;
            this.origin = origin;
            this.title = "Cue " + number;
            this.recordingId = origin.isCommissioned() || origin == CueOrigin.PUBLIC_DOMAIN ? null : 1L;
        }

        CueBuilder title(String title) {
            this.title = title;
            return this;
        }

        CueBuilder inactive() {
            this.active = false;
            return this;
        }

        CueBuilder noWork() {
            this.workId = null;
            return this;
        }

        CueBuilder publicDomain() {
            this.publicDomain = true;
            return this;
        }

        CueBuilder recording() {
            this.recordingId = 1L;
            return this;
        }

        CueBuilder noRecording() {
            this.recordingId = null;
            return this;
        }

        CueBuilder publisher(long partyId, String name, String share) {
            publishers.add(holder(partyId, name, share));
            return this;
        }

        CueBuilder masterOwner(long partyId, String name, String share) {
            masterOwners.add(holder(partyId, name, share));
            return this;
        }

        CueBuilder writer(long partyId, String name, String share) {
            writers.add(holder(partyId, name, share));
            return this;
        }

        CueBuilder usage(CueUsage usage, Integer durationSeconds) {
            this.usage = usage;
            this.durationSeconds = durationSeconds;
            return this;
        }

        CueBuilder work(Long workId) {
            this.workId = workId;
            return this;
        }

        CueBuilder recording(Long recordingId) {
            this.recordingId = recordingId;
            return this;
        }

        long id() {
            return id;
        }

        String number() {
            return number;
        }

        Long workId() {
            return workId;
        }

        Long recordingId() {
            return recordingId;
        }

        CueBuilder item(ItemBuilder item) {
            items.add(item.build());
            return this;
        }

        CueFacts build() {
            return new CueFacts(
                    id,
                    number,
                    title,
                    origin,
                    active,
                    workId,
                    publicDomain,
                    recordingId,
                    publishers,
                    masterOwners,
                    writers,
                    items,
                    usage,
                    durationSeconds);
        }
    }

    static final class ProductionBuilder {
        private Currency currency = USD;
        private Money budget;
        private RightsScope plan = PLAN;
        private boolean studioOwnsScore;
        private final List<CueFacts> cues = new ArrayList<>();
        private long id = 42;
        private EpisodePlace place;
        private final List<RangeLicence> rangeLicences = new ArrayList<>();

        /** An episode: its id and place in the series; see {@code SeriesFacts}. */
        ProductionBuilder episode(EpisodePlace place) {
            this.id = place.productionId();
            this.place = place;
            return this;
        }

        ProductionBuilder rangeLicence(RangeLicence licence) {
            rangeLicences.add(licence);
            return this;
        }

        ProductionBuilder currency(Currency currency) {
            this.currency = currency;
            return this;
        }

        ProductionBuilder budget(Money budget) {
            this.budget = budget;
            return this;
        }

        ProductionBuilder plan(RightsScope plan) {
            this.plan = plan;
            return this;
        }

        ProductionBuilder studioOwnsScore() {
            this.studioOwnsScore = true;
            return this;
        }

        ProductionBuilder cue(CueBuilder cue) {
            cues.add(cue.build());
            return this;
        }

        ProductionFacts build() {
            return new ProductionFacts(
                    id, "The Long Night", currency, budget, plan, studioOwnsScore, cues, place, rangeLicences);
        }
    }
}
