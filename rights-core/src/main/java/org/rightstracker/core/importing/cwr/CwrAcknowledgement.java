package org.rightstracker.core.importing.cwr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.rightstracker.core.shared.BaseEntity;
import org.rightstracker.core.work.Work;

/**
 * A society's answer (CWR ACK) to one of our registrations: accepted or rejected, with the society's own
 * work number and its messages. {@code work} is null when the submitter work number names no work here.
 */
@Entity
@Table(name = "cwr_acknowledgement")
public class CwrAcknowledgement extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_id")
    public Work work;

    @Column(length = 20)
    public String submitterWorkNumber;

    @Column(length = 60)
    public String title;

    /** Who answered: the ACK file's sender. */
    @Column(length = 45)
    public String society;

    @Column(length = 20)
    public String societyWorkNumber;

    @Column(nullable = false, length = 3)
    public String transactionType;

    /** CWR transaction status: CO conflict, DU duplicate, RA/AS/AC accepted, NP no participation, RC/RJ rejected. */
    @Column(nullable = false, length = 2)
    public String status;

    public LocalDate processingDate;

    @Column(length = 4000)
    public String message;

    @Column(nullable = false, length = 300)
    public String fileName;

    /** Accepted in some form (registered, accepted with changes, already registered). */
    public boolean accepted() {
        return accepts(status);
    }

    /** The status in words. */
    public String statusLabel() {
        return label(status);
    }

    /** Whether a society's transaction status means the registration stands. */
    public static boolean accepts(String status) {
        return List.of("AS", "AC", "RA", "DU", "CO").contains(status);
    }

    /** A transaction status in words. */
    public static String label(String status) {
        return switch (status) {
            case "AS" -> "Accepted";
            case "AC" -> "Accepted with changes";
            case "RA" -> "Registration accepted";
            case "CO" -> "Accepted, in conflict";
            case "DU" -> "Duplicate (already registered)";
            case "NP" -> "No participation";
            case "RC" -> "Rejected, claim conflict";
            case "RJ" -> "Rejected";
            default -> "Status " + status;
        };
    }

    public static List<CwrAcknowledgement> forWork(Work work) {
        return list("work = ?1 order by processingDate desc, id desc", work);
    }
}
