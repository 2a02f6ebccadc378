package org.rightstracker.core.cue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.util.ArrayList;
import java.util.List;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ClearanceRevisions;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.BaseEntity;
import org.rightstracker.core.shared.SearchKey;
import org.rightstracker.core.work.Work;

/** One use of music in a production. */
@Entity
@EntityListeners(ClearanceRevisions.class)
public class Cue extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "production_id")
    public Production production;

    /**
     * Raised in the database by {@link ClearanceRevisions} whenever anything this cue's own verdict
     * depends on changes, together with its production's; never written by Hibernate.
     */
    @Column(insertable = false, updatable = false)
    public long clearanceRevision;

    /** Cue number, e.g. 1M1 or 2M14; unique within the production. */
    @Column(nullable = false, length = 20)
    public String number;

    @Column(nullable = false, length = 300)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CueOrigin origin = CueOrigin.SOUNDTRACK;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public CueUsage usage = CueUsage.BI;

    /** Timecode in, HH:MM:SS:FF at the production's frame rate. */
    @Column(length = 11)
    public String timecodeIn;

    @Column(length = 11)
    public String timecodeOut;

    /** Seconds heard; derived from the timecodes when both are set. */
    public Integer durationSeconds;

    @Column(length = 1000)
    public String scene;

    /** Free tags, comma separated, e.g. "tense, nocturnal". */
    @Column(length = 300)
    public String moods;

    @Column(length = 300)
    public String styles;

    @Column(length = 4000)
    public String notes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_id")
    public Work work;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recording_id")
    public Recording recording;

    /** Cues dropped from the cut stay for history but no longer count towards clearance. */
    @Column(nullable = false)
    public boolean active = true;

    // Amendments before the licences they amend (each points at the one before it), so that removing the
    // cue or its production deletes them in an order the database's reference allows.
    @OneToMany(mappedBy = "cue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("amendmentNo desc, id")
    public List<ClearanceItem> items = new ArrayList<>();

    /** title folded by {@link SearchKey}: what matching, search and sorting compare. */
    @Column(nullable = false, length = 300)
    public String titleKey = "";

    /** Keeps the folded keys in step with the text on every save, whoever saves (see V16). */
    @PrePersist
    @PreUpdate
    void refreshSearchKeys() {
        titleKey = SearchKey.of(title, 300);
    }

    @Override
    public String toString() {
        return number + " " + title;
    }
}
