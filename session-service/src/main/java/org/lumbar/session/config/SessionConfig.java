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
}
