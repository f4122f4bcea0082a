package org.lumbar.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A service under test whose Kafka broker is not there yet: it gets the address of a free port, and the test starts
 * a real broker on it with {@link #startBroker()} when it wants the outage to end.
 */
public class LateKafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static int port;
    private static EmbeddedKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "kafka.bootstrap.servers", bootstrapServers(),
                "quarkus.oidc.public-key", TestTokens.publicKey());
    }

    public static String bootstrapServers() {
        return "localhost:" + port;
    }

    public static synchronized void startBroker() {
        broker = new EmbeddedKafkaBroker()
                .withKafkaPort(port)
                .withDeleteLogDirsOnClose(true)
                .withAdditionalProperties(p -> {
                    p.put("num.partitions", "1");
                    p.put("offsets.topic.num.partitions", "1");
                    p.put("group.initial.rebalance.delay.ms", "0");
                    p.put("log.cleaner.dedupe.buffer.size", "8388608");
                })
                .start();
    }

    @Override
    public synchronized void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
