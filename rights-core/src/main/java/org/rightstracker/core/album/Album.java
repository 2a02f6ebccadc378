package org.rightstracker.core.album;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.BaseEntity;

/** A soundtrack album of a production: a release with a label, a bar code and an ordered track list. */
@Entity
public class Album extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "production_id")
    public Production production;

    @Column(nullable = false, length = 300)
    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "label_party_id")
    public Party label;

    public LocalDate releaseDate;

    @Column(length = 50)
    public String catalogueNumber;

    /** UPC (12 digits) or EAN (13), check digit validated. */
    @Column(length = 13)
    public String gtin;

    /** The ℗ line: who owns the sound recordings, e.g. "℗ 2026 Harbour Records". */
    // Named in full: a field "pLine" would get accessors that templates cannot find (getpLine).
    @Column(name = "p_line", length = 300)
    public String phonogramLine;

    /** The © line: who owns the artwork and packaging text. */
    @Column(name = "c_line", length = 300)
    public String copyrightLine;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mechanical_rate_id")
    public MechanicalRate mechanicalRate;

    /** The price to dealers per unit, needed only by a percentage mechanical rate. */
    @Column(precision = 14, scale = 2)
    public BigDecimal dealerPrice;

    @Column(length = 3)
    public String dealerPriceCurrency;

    @OneToMany(mappedBy = "album", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AlbumTrack> tracks = new ArrayList<>();

    public static List<Album> listFor(Production production) {
        return list("production = ?1 order by title, id", production);
    }

    /** Numbers the tracks 1, 2, 3… in their list order, after an add, a removal or a move. */
    void renumber() {
        for (int i = 0; i < tracks.size(); i++) {
            tracks.get(i).position = i + 1;
        }
    }

    @Override
    public String toString() {
        return title;
    }
}
