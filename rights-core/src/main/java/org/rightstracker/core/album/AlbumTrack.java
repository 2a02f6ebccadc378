package org.rightstracker.core.album;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.BaseEntity;
import org.rightstracker.core.work.Work;

/**
 * One track of an album, drawn from one of the production's cues or from a catalogue recording. Title and
 * duration start as the source's and may be edited: an album edit is often longer than the cue.
 */
@Entity
public class AlbumTrack extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "album_id")
    public Album album;

    /** 1, 2, 3… in track order. */
    @Column(nullable = false)
    public int position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cue_id")
    public Cue cue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recording_id")
    public Recording recording;

    @Column(nullable = false, length = 300)
    public String title;

    public Integer durationSeconds;

    @OneToMany(mappedBy = "track", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<AlbumRight> rights = new ArrayList<>();

    /** The composition on the track: the cue's, or else the recording's. */
    public Work work() {
        if (cue != null && cue.work != null) {
            return cue.work;
        }
        return recording == null ? null : recording.work;
    }

    @Override
    public String toString() {
        return position + ". " + title;
    }
}
