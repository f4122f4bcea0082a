package org.lumbar.testing;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/** One real KRaft broker per test JVM, started in-process on a free port. */
public final class KafkaBroker {

    private static EmbeddedKafkaBroker broker;

    private KafkaBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = new EmbeddedKafkaBroker()
                    .withDeleteLogDirsOnClose(true)
                    .withAdditionalProperties(p -> {
                        p.put("num.partitions", "1");
                        p.put("offsets.topic.num.partitions", "1");
                        p.put("group.initial.rebalance.delay.ms", "0");
                        p.put("log.cleaner.dedupe.buffer.size", "8388608");
                    })
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaBroker::stop));
        }
        return broker.getAdvertisedListeners();
    }

    public static synchronized void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
