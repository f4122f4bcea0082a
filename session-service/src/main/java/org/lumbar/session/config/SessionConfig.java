package org.lumbar.session.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lumbar.sessions")
public interface SessionConfig {

    /** A session with no change for this long is abandoned automatically. */
    @WithDefault("12h")
    Duration idleTimeout();

    /** How far in the future a client clock may place an entry (clock skew). */
    @WithDefault("5m")
    Duration futureTolerance();

    /** The most entries one offline upload may carry. */
    @WithDefault("2000")
    int maxUploadEntries();

    /** Live set writes, committed in groups by {@code service/SetWrites}. */
    SetWrites setWrites();

    interface SetWrites {

        /** Threads that commit set writes; each commits the writes that queued up meanwhile in one transaction. */
        @WithDefault("4")
        int writers();

        /** The most set writes one transaction carries. */
        @WithDefault("64")
        int maxGroup();
    }
}
