package org.rightstracker.core.clearance.engine;

/**
 * Stable machine codes for what stands between a cue and clearance. Pages, the API and reports key on
 * these, so a code is never renamed or reused; new findings get new codes.
 */
public enum ProblemCode {
    // production
    NO_RELEASE_PLAN,
    NO_ACTIVE_CUES,
    OVER_BUDGET,
    BUDGET_IN_OTHER_CURRENCY,

    // ownership: who has to license what is not known
    NO_WORK,
    NO_RECORDING,
    NO_PUBLISHERS,
    NO_MASTER_OWNERS,
    NO_COMPOSER,
    PUBLISHER_SHARES_INCOMPLETE,
    MASTER_SHARES_INCOMPLETE,

    // the state of each licence
    NOT_LICENSED,
    DENIED,
    WITHDRAWN,

    // scope against the release plan
    SCOPE_NOT_RECORDED,
    MEDIA_NOT_COVERED,
    TERRITORY_NOT_COVERED,
    TERM_NOT_COVERED,

    // the use a licence grants, and the cues a range licence reaches
    USE_NOT_GRANTED,
    OUTSIDE_LICENCE_RANGE,
    LICENCE_CAP_REACHED,

    // dates
    QUOTE_EXPIRED,
    QUOTE_EXPIRING,
    OPTION_DEADLINE,
    OPTION_LAPSED,

    // money
    NO_FEE,
    FEE_IN_OTHER_CURRENCY,
    MFN_UPLIFT
}
