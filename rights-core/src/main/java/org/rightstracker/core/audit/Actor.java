package org.rightstracker.core.audit;

/** Who is making the change being audited: the signed-in user, or "system" for start-up work. */
public interface Actor {

    String name();

    /** The person's name as people read it (a licence timeline shows it); the user name where none is known. */
    default String displayName() {
        return name();
    }
}
