package org.lumbar.program.domain;

public enum ProgramStatus {
    ACTIVE,
    PAUSED,
    /** Waiting for a clinician's review after a positive screening. */
    NEEDS_REVIEW,
    ENDED
}
