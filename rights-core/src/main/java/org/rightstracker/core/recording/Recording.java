package org.rightstracker.core.recording;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rightstracker.core.clearance.ClearanceRevisions;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.shared.BaseEntity;
import org.rightstracker.core.shared.SearchKey;
import org.rightstracker.core.shared.Share;
import org.rightstracker.core.shared.ShareTotals;
import org.rightstracker.core.work.Work;

/** A master recording of a work, with the owners of the master and their shares. */
@Entity
@EntityListeners(ClearanceRevisions.class)
public class Recording extends BaseEntity {

    @Column(nullable = false, length = 300)
    public String title;

    @Column(length = 300)
    public String artist;

    /** Stored form, 12 characters; unique. */
    @Column(length = 12, unique = true)
    public String isrc;

    public Integer releaseYear;

    public Integer durationSeconds;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_id")
    public Work work;

    @Column(length = 4000)
    public String notes;

    /** The album of the first release, as a registration (CWR REC) names it. */
    @Column(length = 60)
    public String albumTitle;

    /** The first release's catalogue number (CWR REC). */
    @Column(length = 18)
    public String catalogueNumber;

    @OneToMany(mappedBy = "recording", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<MasterShare> owners = new ArrayList<>();

    public static Optional<Recording> findByIsrc(String isrc) {
        return find("isrc", isrc).firstResultOptional();
    }

    /** Adds a master owner, keeping the master side within 100%. */
    public MasterShare addOwner(Party party, Share share) {
        ShareTotals.requireRoomFor(
                "owners", "master", owners.stream().map(MasterShare::share).toList(), share);
        MasterShare owner = new MasterShare();
        owner.recording = this;
        owner.party = party;
        owner.share = share.value();
        owner.position = owners.size();
        owners.add(owner);
        return owner;
    }

    public Share ownerTotal() {
        return Share.of(Share.sum(owners.stream().map(MasterShare::share).toList()));
    }

    /** title folded by {@link SearchKey}: what matching, search and sorting compare. */
    @Column(nullable = false, length = 300)
    public String titleKey = "";

    /** artist folded by {@link SearchKey}: what matching, search and sorting compare. */
    @Column(nullable = false, length = 300)
    public String artistKey = "";

    /** Keeps the folded keys in step with the text on every save, whoever saves (see V16). */
    @PrePersist
    @PreUpdate
    void refreshSearchKeys() {
        titleKey = SearchKey.of(title, 300);
        artistKey = SearchKey.of(artist, 300);
    }

    @Override
    public String toString() {
        return artist == null ? title : title + " — " + artist;
    }
}
