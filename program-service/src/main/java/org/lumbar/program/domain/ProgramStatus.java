package org.lumbar.program.domain;

public enum ProgramStatus {
    ACTIVE,
    PAUSED,
    ENDED
}
