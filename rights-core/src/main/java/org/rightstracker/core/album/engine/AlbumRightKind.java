package org.rightstracker.core.album.engine;

/** What one album right of a track clears. */
public enum AlbumRightKind {
    /** A master owner's licence to put the recording on the album (flat fee or royalty). */
    MASTER("Master licence", false),
    /** A publisher's mechanical licence for its share of the composition. */
    MECHANICAL("Mechanical licence", false),
    /** The recording artist's consent, needed when the artist is not the label. */
    ARTIST_APPROVAL("Artist approval", true),
    /** A score the studio owns outright needs only the studio's own approval. */
    STUDIO_APPROVAL("Studio approval", true);

    private final String label;
    private final boolean approval;

    AlbumRightKind(String label, boolean approval) {
        this.label = label;
        this.approval = approval;
    }

    public String label() {
        return label;
    }

    /** Approvals are given or refused; licences are quoted and licensed. */
    public boolean isApproval() {
        return approval;
    }
}
