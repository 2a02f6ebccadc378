package org.rightstracker.core.importing.cwr;

import static org.rightstracker.core.importing.cwr.CwrLayout.*;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.CollectionTerritory;
import org.rightstracker.core.work.PublisherRole;
import org.rightstracker.core.work.PublisherShare;
import org.rightstracker.core.work.RightHolderKind;
import org.rightstracker.core.work.RightOwnership;
import org.rightstracker.core.work.TitleDetail;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WriterShare;

/**
 * The NWR transaction of one work for {@link CwrExport}. The shares of each right come from the work's
 * registration when it has one (an imported work sends back what it was registered with). Otherwise they
 * are derived from the two sides: each writer keeps half of their contribution of the performing right
 * and the publishers share the other half in proportion to their side, while the mechanical and
 * synchronisation rights follow the publishers' side; a writer who publishes their own part holds it
 * themselves; without any publisher the writers hold every right in their contribution. A publisher is
 * linked (PWR) to every writer who holds no mechanical or synchronisation right of their own.
 */
final class CwrWorkRecords {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final int WORLD = 2136;

    /** One owner as it will be written. */
    private record Owner(Party party, boolean writer, BigDecimal pr, BigDecimal mr, BigDecimal sr, int position) {}

    private final Party submitter;
    private final Production production;
    private final List<Cue> cues;
    private final Work work;

    CwrWorkRecords(Party submitter, Production production, List<Cue> cues) {
        this.submitter = submitter;
        this.production = production;
        this.cues = cues;
        this.work = cues.get(0).work;
    }

    List<String> lines(int transaction) {
        List<Owner> owners = owners();
        List<Owner> publishers = owners.stream().filter(o -> !o.writer()).toList();
        List<Owner> writers = owners.stream().filter(Owner::writer).toList();
        List<Owner> linkedWriters = writers.stream()
                .filter(w -> w.mr().signum() == 0 && w.sr().signum() == 0)
                .toList();
        boolean anyControlled = publishers.stream().anyMatch(this::controlled);
        List<CwrLine> records = new ArrayList<>();
        records.add(nwr(transaction));
        int chain = 1;
        for (Owner p : publishers.stream()
                .sorted((a, b) -> Boolean.compare(controlled(b), controlled(a)))
                .toList()) {
            boolean controlled = controlled(p);
            records.add(publisher(transaction, records.size(), p, chain++, controlled));
            if (controlled) {
                territories(p).forEach(t -> records.add(publisherTerritory(transaction, records.size(), p, t)));
            }
        }
        for (Owner w : writers) {
            boolean linked = linkedWriters.contains(w) && !publishers.isEmpty();
            boolean controlled = linked && anyControlled;
            records.add(writer(transaction, records.size(), w, controlled));
            if (controlled) {
                territories(w).forEach(t -> records.add(writerTerritory(transaction, records.size(), w, t)));
            }
            if (linked) {
                for (int i = 0; i < publishers.size(); i++) {
                    Owner p = publishers.get(i);
                    records.add(CwrLine.detail("PWR", transaction, records.size())
                            .put(PWR_PUBLISHER_IP, CwrExport.ipNumber('P', p.party()))
                            .put(PWR_PUBLISHER_NAME, fit(p.party().name.toUpperCase(), PWR_PUBLISHER_NAME))
                            .put(PWR_WRITER_IP, CwrExport.ipNumber('W', w.party()))
                            .number(PWR_PUBLISHER_SEQUENCE, i + 1));
                }
            }
        }
        for (String title : work.alternateTitles) {
            TitleDetail detail = work.titleDetails.stream()
                    .filter(t -> t.title.equalsIgnoreCase(title))
                    .findFirst()
                    .orElse(null);
            records.add(CwrLine.detail("ALT", transaction, records.size())
                    .put(ALT_TITLE, title(title, ALT_TITLE))
                    .put(ALT_TITLE_TYPE, detail == null || detail.titleType == null ? "AT" : detail.titleType)
                    .put(ALT_LANGUAGE, detail == null ? "" : detail.languageCode));
        }
        records.add(CwrLine.detail("ORN", transaction, records.size())
                .put(ORN_PURPOSE, purpose(production.kind))
                .put(ORN_PRODUCTION_TITLE, title(production.title, ORN_PRODUCTION_TITLE))
                .put(ORN_YEAR, production.releaseDate == null ? "" : String.valueOf(production.releaseDate.getYear())));
        return records.stream().map(CwrLine::text).toList();
    }

    private boolean controlled(Owner publisher) {
        return Objects.equals(publisher.party().id, submitter.id);
    }

    private CwrLine nwr(int transaction) {
        Integer seconds = work.durationSeconds != null
                ? work.durationSeconds
                : cues.stream()
                        .map(c -> c.durationSeconds)
                        .filter(Objects::nonNull)
                        .max(Integer::compare)
                        .orElse(null);
        String number = work.submitterWorkNumber != null ? work.submitterWorkNumber : "RT" + work.id;
        return CwrLine.detail("NWR", transaction, 0)
                .put(WORK_TITLE, title(work.title, WORK_TITLE))
                .put(WORK_LANGUAGE, work.languageCode)
                .put(WORK_SUBMITTER_NUMBER, number)
                .put(WORK_ISWC, work.iswc)
                .put(
                        WORK_COPYRIGHT_DATE,
                        work.copyrightDate == null
                                ? "00000000"
                                : work.copyrightDate.format(DateTimeFormatter.BASIC_ISO_DATE))
                .put(WORK_DISTRIBUTION_CATEGORY, "SER")
                .put(WORK_DURATION, seconds == null ? "000000" : hhmmss(seconds))
                .put(WORK_RECORDED, "U")
                .put(WORK_VERSION_TYPE, work.versionType != null ? work.versionType : "ORI")
                .put(WORK_PRIORITY, "N");
    }

    private CwrLine publisher(int transaction, int record, Owner p, int chain, boolean controlled) {
        PublisherShare share = work.publishers.stream()
                .filter(s -> s.party.id.equals(p.party().id))
                .findFirst()
                .orElse(null);
        PublisherRole role = share == null ? PublisherRole.ORIGINAL_PUBLISHER : share.role;
        String society = share != null && share.society != null ? share.society : p.party().society;
        return CwrLine.detail(controlled ? "SPU" : "OPU", transaction, record)
                .number(PUB_CHAIN, chain)
                .put(PUB_IP_NUMBER, CwrExport.ipNumber('P', p.party()))
                .put(PUB_NAME, fit(p.party().name.toUpperCase(), PUB_NAME))
                .put(PUB_UNKNOWN, "")
                .put(
                        PUB_TYPE,
                        switch (role) {
                            case ADMINISTRATOR -> "AM";
                            case SUB_PUBLISHER -> "SE";
                            default -> "E";
                        })
                .put(PUB_IPI, p.party().ipiNameNumber)
                .put(PUB_PR_SOCIETY, CwrSocieties.code(society))
                .share(PUB_PR_SHARE, p.pr())
                .put(PUB_MR_SOCIETY, CwrSocieties.code(p.party().mrSociety))
                .share(PUB_MR_SHARE, p.mr())
                .share(PUB_SR_SHARE, p.sr());
    }

    private CwrLine writer(int transaction, int record, Owner w, boolean controlled) {
        WriterShare share = work.writers.stream()
                .filter(s -> s.party.id.equals(w.party().id))
                .findFirst()
                .orElse(null);
        String name = w.party().name.toUpperCase().strip();
        int space = name.lastIndexOf(' ');
        String society = share != null && share.society != null ? share.society : w.party().society;
        return CwrLine.detail(controlled ? "SWR" : "OWR", transaction, record)
                .put(WRITER_IP_NUMBER, CwrExport.ipNumber('W', w.party()))
                .put(WRITER_LAST_NAME, fit(space < 0 ? name : name.substring(space + 1), WRITER_LAST_NAME))
                .put(WRITER_FIRST_NAME, space < 0 ? "" : fit(name.substring(0, space), WRITER_FIRST_NAME))
                .put(WRITER_UNKNOWN, "")
                .put(WRITER_DESIGNATION, share == null ? "CA" : share.designation.name())
                .put(WRITER_IPI, w.party().ipiNameNumber)
                .put(WRITER_PR_SOCIETY, CwrSocieties.code(society))
                .share(WRITER_PR_SHARE, w.pr())
                .put(WRITER_MR_SOCIETY, CwrSocieties.code(w.party().mrSociety))
                .share(WRITER_MR_SHARE, w.mr())
                .share(WRITER_SR_SHARE, w.sr())
                .put(WRITER_FOR_HIRE, share != null && share.workForHire ? "Y" : "N");
    }

    private CwrLine publisherTerritory(int transaction, int record, Owner p, CollectionTerritory t) {
        return CwrLine.detail("SPT", transaction, record)
                .put(TERRITORY_IP_NUMBER, CwrExport.ipNumber('P', p.party()))
                .share(SPT_PR_SHARE, t.pr)
                .share(SPT_MR_SHARE, t.mr)
                .share(SPT_SR_SHARE, t.sr)
                .put(SPT_INCLUSION, t.included ? "I" : "E")
                .number(SPT_TIS, t.tisCode)
                .put(SPT_SHARES_CHANGE, "N")
                .number(SPT_SEQUENCE, record);
    }

    private CwrLine writerTerritory(int transaction, int record, Owner w, CollectionTerritory t) {
        return CwrLine.detail("SWT", transaction, record)
                .put(TERRITORY_IP_NUMBER, CwrExport.ipNumber('W', w.party()))
                .share(SWT_PR_SHARE, t.pr)
                .share(SWT_MR_SHARE, t.mr)
                .share(SWT_SR_SHARE, t.sr)
                .put(SWT_INCLUSION, t.included ? "I" : "E")
                .number(SWT_TIS, t.tisCode)
                .put(SWT_SHARES_CHANGE, "N")
                .number(SWT_SEQUENCE, record);
    }

    /** The registered territories of this owner, or the whole world at their ownership shares. */
    private List<CollectionTerritory> territories(Owner owner) {
        if (owner.position() >= 0) {
            List<CollectionTerritory> registered = work.collectionTerritories.stream()
                    .filter(t -> t.owner == owner.position())
                    .toList();
            if (!registered.isEmpty()) {
                return registered;
            }
        }
        return List.of(new CollectionTerritory(-1, true, WORLD, owner.pr(), owner.mr(), owner.sr()));
    }

    private List<Owner> owners() {
        List<Owner> owners = new ArrayList<>();
        if (!work.rightOwnership.isEmpty()) {
            for (int i = 0; i < work.rightOwnership.size(); i++) {
                RightOwnership o = work.rightOwnership.get(i);
                owners.add(new Owner(o.party, o.kind == RightHolderKind.WRITER, o.pr, o.mr, o.sr, i));
            }
            return owners;
        }
        List<Long> writerIds = work.writers.stream().map(w -> w.party.id).toList();
        List<PublisherShare> realPublishers = work.publishers.stream()
                .filter(p -> !writerIds.contains(p.party.id))
                .toList();
        BigDecimal realTotal = realPublishers.stream().map(p -> p.share).reduce(ZERO, BigDecimal::add);
        for (WriterShare w : work.writers) {
            BigDecimal own = work.publishers.stream()
                    .filter(p -> p.party.id.equals(w.party.id))
                    .map(p -> p.share)
                    .reduce(ZERO, BigDecimal::add);
            if (realPublishers.isEmpty()) {
                owners.add(new Owner(w.party, true, w.share, w.share, w.share, -1));
            } else {
                owners.add(new Owner(w.party, true, CwrExport.half(w.share.add(own)), own, own, -1));
            }
        }
        for (PublisherShare p : realPublishers) {
            BigDecimal pr = realTotal.signum() == 0 ? ZERO : CwrExport.half(p.share);
            owners.add(new Owner(p.party, false, pr, p.share, p.share, -1));
        }
        return owners;
    }

    private static String purpose(ProductionKind kind) {
        return switch (kind) {
            case EPISODE -> "TEL";
            case GAME -> "MUL";
            case ADVERT -> "COM";
            default -> "FIL";
        };
    }

    private static String hhmmss(int seconds) {
        return String.format("%02d%02d%02d", Math.min(seconds / 3600, 99), seconds / 60 % 60, seconds % 60);
    }

    private String title(String title, CwrField field) {
        String upper = title.toUpperCase();
        if (upper.length() > field.length()) {
            throw new ValidationException(
                    "production",
                    "\"" + title + "\" has " + upper.length() + " characters; a CWR "
                            + field.label().toLowerCase() + " holds at most " + field.length()
                            + ". Shorten it before registering.");
        }
        return upper;
    }

    /** Names longer than the field are cut: the IPI number identifies the party, the name only labels it. */
    private static String fit(String text, CwrField field) {
        return text.length() > field.length() ? text.substring(0, field.length()) : text;
    }
}
