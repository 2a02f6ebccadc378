package org.rightstracker.web.schedule;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One user's alert digest of one tick: the dated findings on their productions, one per line. */
@Entity
@Table(name = "alert_digest")
public class AlertDigest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(nullable = false)
    public Instant tick;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public int itemCount;

    @Column(nullable = false, length = 100_000)
    public String body;

    public List<String> lines() {
        return body.isEmpty() ? List.of() : List.of(body.split("\n"));
    }

    public static Optional<AlertDigest> latestFor(long userId) {
        return find("userId = ?1 order by tick desc, id desc", userId).firstResultOptional();
    }
}
