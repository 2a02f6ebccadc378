package org.rightstracker.core.work;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rightstracker.core.clearance.ClearanceRevisions;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.shared.BaseEntity;
import org.rightstracker.core.shared.SearchKey;
import org.rightstracker.core.shared.Share;
import org.rightstracker.core.shared.ShareTotals;

/** A composition: title, ISWC, writers and publishers with their shares. */
@Entity
@EntityListeners(ClearanceRevisions.class)
public class Work extends BaseEntity {

    @Column(nullable = false, length = 300)
    public String title;

    /** Stored form "T" + 10 digits; unique. */
    @Column(length = 11, unique = true)
    public String iswc;

    @Column(nullable = false)
    public boolean publicDomain;

    @Column(length = 4000)
    public String notes;

    @ElementCollection
    @CollectionTable(name = "work_alternate_title", joinColumns = @JoinColumn(name = "work_id"))
    @OrderColumn(name = "position")
    @Column(name = "title", nullable = false, length = 300)
    public List<String> alternateTitles = new ArrayList<>();

    // What a registration (CWR) says about the work beyond its two sides; see WorkRegistration.
    @Column(length = 14)
    public String submitterWorkNumber;

    @Column(length = 2)
    public String languageCode;

    @Column(length = 3)
    public String versionType;

    public LocalDate copyrightDate;

    public Integer durationSeconds;

    @Column(length = 60)
    public String originProductionTitle;

    public Integer originProductionYear;

    @ElementCollection
    @CollectionTable(name = "work_right_ownership", joinColumns = @JoinColumn(name = "work_id"))
    @OrderColumn(name = "position")
    public List<RightOwnership> rightOwnership = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "work_collection_territory", joinColumns = @JoinColumn(name = "work_id"))
    @OrderColumn(name = "position")
    public List<CollectionTerritory> collectionTerritories = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "work_title_detail", joinColumns = @JoinColumn(name = "work_id"))
    @OrderColumn(name = "position")
    public List<TitleDetail> titleDetails = new ArrayList<>();

    @OneToMany(mappedBy = "work", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<WriterShare> writers = new ArrayList<>();

    @OneToMany(mappedBy = "work", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<PublisherShare> publishers = new ArrayList<>();

    public static Optional<Work> findByIswc(String iswc) {
        return find("iswc", iswc).firstResultOptional();
    }

    /** Adds a writer, keeping the writers' side within 100%. */
    public WriterShare addWriter(Party party, Share share, WriterDesignation designation, String society) {
        ShareTotals.requireRoomFor(
                "writers", "writer", writers.stream().map(WriterShare::share).toList(), share);
        WriterShare writer = new WriterShare();
        writer.work = this;
        writer.party = party;
        writer.share = share.value();
        writer.designation = designation;
        writer.society = society;
        writer.position = writers.size();
        writers.add(writer);
        return writer;
    }

    /** Adds a publisher, keeping the publishers' side within 100%. */
    public PublisherShare addPublisher(Party party, Share share, PublisherRole role, String society) {
        ShareTotals.requireRoomFor(
                "publishers",
                "publisher",
                publishers.stream().map(PublisherShare::share).toList(),
                share);
        PublisherShare publisher = new PublisherShare();
        publisher.work = this;
        publisher.party = party;
        publisher.share = share.value();
        publisher.role = role;
        publisher.society = society;
        publisher.position = publishers.size();
        publishers.add(publisher);
        return publisher;
    }

    /** Where the owner at this position of {@link #rightOwnership} collects: "World (2136)", "except Canada (124)". */
    public List<String> collectionIn(int owner) {
        return collectionTerritories.stream()
                .filter(t -> t.owner == owner)
                .map(t -> t.included ? t.territory() : "except " + t.territory())
                .toList();
    }

    public Share writerTotal() {
        return total(writers.stream().map(WriterShare::share).toList());
    }

    public Share publisherTotal() {
        return total(publishers.stream().map(PublisherShare::share).toList());
    }

    private static Share total(List<Share> shares) {
        return Share.of(Share.sum(shares));
    }

    /**
     * The title in quotes with what tells this work from another of the same title: its ISWC, else its
     * writers, else its number. Messages comparing two works use it so that they never read "the work
     * "Summer", not "Summer"".
     */
    public String identified() {
        String quoted = "\"" + title + "\"";
        if (iswc != null) {
            return quoted + " (ISWC "
                    + org.rightstracker.core.identifier.Iswc.parse(iswc).formatted() + ")";
        }
        if (!writers.isEmpty()) {
            return quoted + " by "
                    + writers.stream().map(w -> w.party.name).collect(java.util.stream.Collectors.joining(", "));
        }
        return quoted + (id == null ? " (new)" : " (work no. " + id + ")");
    }

    /** title folded by {@link SearchKey}: what matching, search and sorting compare. */
    @Column(nullable = false, length = 300)
    public String titleKey = "";

    /** The alternate titles folded and joined by " | ", for search. */
    @Column(nullable = false, length = 4000)
    public String alternateKey = "";

    /** Keeps the folded keys in step with the text on every save, whoever saves (see V16). */
    @PrePersist
    @PreUpdate
    void refreshSearchKeys() {
        titleKey = SearchKey.of(title, 300);
        alternateKey = SearchKey.ofAll(alternateTitles, 4000);
    }

    @Override
    public String toString() {
        return title;
    }
}
