package org.rightstracker.core.clearance.engine;

/** The two rights every use of recorded music needs, named the way a supervisor talks about them. */
enum Side {
    SYNC("sync", "composition", "publisher"),
    MASTER("master", "recording", "master owner");

    private final String word;
    private final String subject;
    private final String holder;

    Side(String word, String subject, String holder) {
        this.word = word;
        this.subject = subject;
        this.holder = holder;
    }

    /** "sync" or "master", as in "a sync quote". */
    String word() {
        return word;
    }

    /** What the side is about: "composition" or "recording". */
    String subject() {
        return subject;
    }

    /** Who holds shares of it: "publisher" or "master owner". */
    String holder() {
        return holder;
    }
}
