package org.rightstracker.core.importing.edl;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.BaseEntity;

/** A clip name the supervisor linked to a recording, remembered so that later cuts match it by themselves. */
@Entity
@Table(name = "edl_clip_alias")
public class ClipAlias extends BaseEntity {

    /** {@link ClipNames#key} of the clip name. */
    @Column(nullable = false, length = 300)
    public String clipKey;

    @Column(nullable = false, length = 300)
    public String clipName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recording_id")
    public Recording recording;

    @Column(nullable = false, length = 60)
    public String linkedBy;

    public static Optional<ClipAlias> findByKey(String key) {
        return find("clipKey", key).firstResultOptional();
    }
}
