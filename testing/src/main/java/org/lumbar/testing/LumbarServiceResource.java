package org.lumbar.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What a service needs to run under test: a real Kafka broker and the key its tokens are signed with. The
 * database is the service's own test datasource (H2, or PostgreSQL with {@code -Plumbar-postgresql}).
 */
public class LumbarServiceResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "kafka.bootstrap.servers", KafkaBroker.bootstrapServers(),
                "quarkus.oidc.public-key", TestTokens.publicKey());
    }

    @Override
    public void stop() {
        // the broker lives for the whole JVM, shared by every test class
    }
}
