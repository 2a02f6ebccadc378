package org.rightstracker.core.letter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;
import org.rightstracker.core.shared.BaseEntity;

/**
 * An administrator's text for one kind of letter: the subject and the body as Qute source. Only saved
 * changes are rows; a kind without one uses the default that ships with the application.
 */
@Entity
public class LetterTemplate extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, unique = true)
    public LetterKind kind;

    @Column(nullable = false, length = 300)
    public String subject;

    @Column(nullable = false, length = 100_000)
    public String body;

    /** The user name of the administrator who saved it last. */
    @Column(nullable = false, length = 60)
    public String updatedBy;

    public static Optional<LetterTemplate> findByKind(LetterKind kind) {
        return find("kind", kind).firstResultOptional();
    }
}
