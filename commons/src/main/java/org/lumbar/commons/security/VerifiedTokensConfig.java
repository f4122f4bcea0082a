package org.lumbar.commons.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lumbar.security.verified-tokens")
public interface VerifiedTokensConfig {

    /**
     * How long a verified token is taken as verified, at most (never past its expiry): the time within which a key the
     * realm withdraws stops being honoured. 0 verifies every request's token.
     */
    @WithDefault("60s")
    Duration maxAge();

    /** How many verified tokens are remembered; beyond that the expired ones are dropped, or all of them. */
    @WithDefault("10000")
    int maxEntries();
}
