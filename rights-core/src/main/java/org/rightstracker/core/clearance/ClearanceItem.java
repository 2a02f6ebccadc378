package org.rightstracker.core.clearance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.licence.GrantedUse;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.licence.LicenceRange;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.scope.MediaSet;
import org.rightstracker.core.scope.MediaSetConverter;
import org.rightstracker.core.scope.RightsScope;
import org.rightstracker.core.scope.Term;
import org.rightstracker.core.scope.TerritoryScope;
import org.rightstracker.core.shared.BaseEntity;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.Share;

/**
 * One (cue, rights holder, side) that needs clearing, and the quote/licence negotiated for it.
 * Items are derived from the cue's ownership by {@link ClearanceItemSync}, never typed by hand; an
 * item whose holder left the ownership is kept, marked obsolete, so its history survives.
 */
@Entity
@EntityListeners(ClearanceRevisions.class)
public class ClearanceItem extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cue_id")
    public Cue cue;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id")
    public Party party;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ClearanceSide side;

    /** Share of the publishers' side this item clears (sync and one-stop items). */
    @Column(precision = 5, scale = 2)
    public BigDecimal syncShare;

    /** Share of the master this item clears (master and one-stop items). */
    @Column(precision = 5, scale = 2)
    public BigDecimal masterShare;

    @Column(nullable = false)
    public boolean obsolete;

    /**
     * The licence this item amends, null for an original. An executed licence is never reopened in place:
     * "Reopen as amendment" makes a new item of the same cue, party and side pointing here, so the
     * executed terms and their history stay as they were. See {@code LicenceAmendments}.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "amends_item_id")
    public ClearanceItem amends;

    /** 0 for the original licence, 1 for its first amendment, and so on along the chain. */
    @Column(nullable = false)
    public int amendmentNo;

    // The quote and licence.
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public LicenceStatus status = LicenceStatus.NOT_REQUESTED;

    @Column(length = 3)
    public String feeCurrency;

    @Column(precision = 14, scale = 2)
    public BigDecimal quotedFee;

    @Column(precision = 14, scale = 2)
    public BigDecimal agreedFee;

    @Column(nullable = false)
    public boolean mfn;

    @Column(nullable = false)
    public boolean mfnWaived;

    public LocalDate quoteExpiresOn;

    @Convert(converter = MediaSetConverter.class)
    @Column(nullable = false, length = 300)
    public MediaSet grantedMedia = MediaSet.of();

    @Column(nullable = false, length = 1000)
    public String grantedTerritories = "";

    @Column(nullable = false, length = 1000)
    public String grantedExcludedTerritories = "";

    public LocalDate termStart;

    /** Years granted; null with a start date means in perpetuity. */
    public Integer termYears;

    /** Which cues the licence covers: its own (the default), or every use of its music in a wider range. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public LicenceRange rangeKind = LicenceRange.CUE;

    /** At most this many uses in the range are covered; null for no cap. Meaningless for a one-cue licence. */
    public Integer rangeCap;

    // The use granted per cue; empty usages and no maximum restrict nothing (see GrantedUse).
    @Column(nullable = false, length = 40)
    public String grantedUsages = "";

    public Integer grantedMaxSeconds;

    @Column(length = 1000)
    public String grantedScene;

    public LocalDate requestedOn;
    public LocalDate quotedOn;
    public LocalDate negotiatingOn;
    public LocalDate approvedOn;
    public LocalDate licensedOn;
    public LocalDate deniedOn;
    public LocalDate withdrawnOn;

    @Column(length = 300)
    public String contact;

    @Column(length = 4000)
    public String notes;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<LicenceOption> options = new ArrayList<>();

    public Share syncShare() {
        return syncShare == null ? null : Share.of(syncShare);
    }

    public Share masterShare() {
        return masterShare == null ? null : Share.of(masterShare);
    }

    public Money quoted() {
        return money(quotedFee);
    }

    public Money agreed() {
        return money(agreedFee);
    }

    private Money money(BigDecimal amount) {
        return amount == null || feeCurrency == null ? null : Money.of(amount, Currency.getInstance(feeCurrency));
    }

    public Term term() {
        if (termStart == null) {
            return null;
        }
        return termYears == null ? Term.perpetuity(termStart) : Term.ofYears(termStart, termYears);
    }

    /** What the licence grants, or null while nothing of the scope has been recorded. */
    public RightsScope granted() {
        boolean none = grantedMedia.isEmpty() && grantedTerritories.isBlank() && termStart == null;
        return none
                ? null
                : new RightsScope(
                        grantedMedia, TerritoryScope.parse(grantedTerritories, grantedExcludedTerritories), term());
    }

    public void setGranted(RightsScope scope) {
        grantedMedia = scope.media();
        grantedTerritories = scope.territories().includedCode();
        grantedExcludedTerritories = scope.territories().excludedCode();
        termStart = scope.term() == null ? null : scope.term().start();
        termYears = scope.term() == null ? null : scope.term().years().orElse(null);
    }

    public GrantedUse grantedUse() {
        return new GrantedUse(GrantedUse.parseUsages(grantedUsages), grantedMaxSeconds, grantedScene);
    }

    public void setGrantedUse(GrantedUse use) {
        grantedUsages = use.usagesCode();
        grantedMaxSeconds = use.maxSeconds();
        grantedScene = use.scene();
    }

    public boolean isAmendment() {
        return amendmentNo > 0;
    }

    /** "Sync licence from Publisher A (50.00%)": how pages and messages name this item. */
    public String describe() {
        String share = switch (side) {
            case SYNC -> " (" + syncShare() + ")";
            case MASTER -> " (" + masterShare() + ")";
            case ONE_STOP -> " (sync " + syncShare() + ", master " + masterShare() + ")";
            case COMPOSER_AGREEMENT -> "";
        };
        return side.label() + " — " + party.name + share + (isAmendment() ? ", amendment " + amendmentNo : "");
    }

    /** Of each cue × party × side chain, the licence in force (see {@code ClearanceFactsLoader.inForce}). */
    public static List<ClearanceItem> inForce(List<ClearanceItem> items) {
        return ClearanceFactsLoader.inForce(items);
    }
}
