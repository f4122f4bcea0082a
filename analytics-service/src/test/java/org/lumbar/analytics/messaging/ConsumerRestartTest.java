package org.lumbar.analytics.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.lumbar.commons.messaging.MessagingConfig;
import org.lumbar.contracts.Channels;
import org.lumbar.contracts.Topics;
import org.lumbar.testing.KafkaBroker;
import org.lumbar.testing.LumbarServiceResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * After a kill -9 the broker still counts the dead process as a member until its session times out. The service's
 * consumers are static members (commons' StaticMembership): one that comes back under its instance id gets its
 * partitions at once. A consumer that does not leave the group when it stops is what a kill -9 leaves behind; a static
 * member closing is exactly that (it sends no LeaveGroup), so the restart is measured with the service's consumer
 * settings in this JVM.
 */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class ConsumerRestartTest {

    @Inject
    MessagingConfig messaging;

    @ConfigProperty(name = "mp.messaging.connector.smallrye-kafka.session.timeout.ms")
    int sessionTimeoutMs;

    @ConfigProperty(name = "mp.messaging.connector.smallrye-kafka.heartbeat.interval.ms")
    int heartbeatMs;

    @Test
    void theServicesConsumersAreStaticMembersNamedByInstanceAndChannel() throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBroker.bootstrapServers()))) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("analytics-service")).all()
                        .get(10, TimeUnit.SECONDS).get("analytics-service");
                assertThat(group.members()).extracting(m -> m.groupInstanceId().orElse(null)).containsExactlyInAnyOrder(
                        messaging.instanceId() + "-" + Channels.PROGRAM_EVENTS_IN,
                        messaging.instanceId() + "-" + Channels.SESSION_EVENTS_IN);
                assertThat(group.members()).allSatisfy(m -> assertThat(m.assignment().topicPartitions()).isNotEmpty());
            });
        }
    }

    @Test
    void aRestartedStaticMemberGetsItsPartitionsBackInSecondsAndAVanishedOneLosesThemAfterTheSessionTimeout() {
        String group = "restart-" + UUID.randomUUID();
        String instance = "analytics-test-instance";

        KafkaConsumer<String, String> crashed = consumer(group, instance);
        millisToAssignment(crashed);
        crashed.close(); // no LeaveGroup from a static member: the broker sees what a kill -9 leaves

        long restarted;
        try (KafkaConsumer<String, String> again = consumer(group, instance)) {
            restarted = millisToAssignment(again);
        }
        // the instance closed again without leaving; another one (a new instance id) joins the group
        long takenOver;
        try (KafkaConsumer<String, String> other = consumer(group, "analytics-other-instance")) {
            takenOver = millisToAssignment(other);
        }
        System.out.printf("Partition reclaim: restarted static member %d ms; another instance after a vanished one "
                + "%d ms (session.timeout.ms=%d, the Kafka default 45000)%n", restarted, takenOver, sessionTimeoutMs);
        assertThat(restarted).isLessThan(3_000);
        assertThat(takenOver).isLessThan(sessionTimeoutMs + 5_000L);
    }

    private KafkaConsumer<String, String> consumer(String group, String instance) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instance);
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, Integer.toString(sessionTimeoutMs));
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, Integer.toString(heartbeatMs));
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of(Topics.PROGRESS_EVENTS));
        return consumer;
    }

    private static long millisToAssignment(KafkaConsumer<String, String> consumer) {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(60);
        while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(100));
        }
        assertThat(consumer.assignment()).as("partitions assigned within 60 s").isNotEmpty();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
