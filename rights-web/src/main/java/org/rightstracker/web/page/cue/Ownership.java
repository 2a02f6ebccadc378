package org.rightstracker.web.page.cue;

import java.math.BigDecimal;
import java.util.List;
import org.rightstracker.core.recording.MasterShare;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.Share;
import org.rightstracker.core.work.PublisherShare;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WriterShare;

/**
 * Who owns the music of a cue: the composition's writers and publishers, the recording's master owners.
 *
 * @param publishersNotNeeded why the clearance needs no publisher (commissioned or public-domain music), in
 *     words; null when the publishers must add up to 100%
 */
public record Ownership(
        Work work,
        List<WriterShare> writers,
        List<PublisherShare> publishers,
        Recording recording,
        List<MasterShare> owners,
        String publishersNotNeeded) {

    public BigDecimal writerTotal() {
        return Share.sum(writers.stream().map(WriterShare::share).toList());
    }

    public BigDecimal publisherTotal() {
        return Share.sum(publishers.stream().map(PublisherShare::share).toList());
    }

    public BigDecimal ownerTotal() {
        return Share.sum(owners.stream().map(MasterShare::share).toList());
    }

    public boolean publishersComplete() {
        return publisherTotal().compareTo(Share.FULL.value()) == 0;
    }

    public boolean ownersComplete() {
        return ownerTotal().compareTo(Share.FULL.value()) == 0;
    }

    public boolean writersComplete() {
        return writerTotal().compareTo(Share.FULL.value()) == 0;
    }
}
