package org.lumbar.session.domain;

public enum SessionState {
    IN_PROGRESS,
    COMPLETED,
    ABANDONED
}
