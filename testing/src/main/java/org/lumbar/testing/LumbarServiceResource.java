package org.lumbar.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What a service needs to run under test: a real Kafka broker, a real PostgreSQL ({@link TestDatabase}) and the key
 * its tokens are signed with.
 */
public class LumbarServiceResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(TestDatabase.datasourceConfig());
        config.put("kafka.bootstrap.servers", KafkaBroker.bootstrapServers());
        config.put("quarkus.oidc.public-key", TestTokens.publicKey());
        return config;
    }

    @Override
    public void stop() {
        // the broker and the database live for the whole JVM, shared by every test class
    }
}
