package org.rightstracker.core.audit;

/** Who is making the change being audited: the signed-in user, or "system" for start-up work. */
public interface Actor {

    String name();
}
