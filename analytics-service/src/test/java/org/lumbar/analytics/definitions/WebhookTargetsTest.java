package org.lumbar.analytics.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetsTest {

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = { "127.0.0.1", "127.8.8.8", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255",
            "192.168.1.10", "169.254.169.254", "100.64.0.1", "100.127.255.254", "192.0.0.8", "224.0.0.1", "[::1]",
            "[::]", "[fe80::1]", "[fd00:ec2::254]", "[fc00::1]", "[::ffff:127.0.0.1]", "[::ffff:10.0.0.1]", "[ff02::1]" })
    void addressesOfThisMachinePrivateNetworksAndCloudMetadataAreRefused(String host) {
        assertThat(WebhookTargets.refusal(host, InetAddress::getAllByName))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("must point at a public address"));
    }

    @ParameterizedTest(name = "{0} is accepted")
    @ValueSource(strings = { "8.8.8.8", "172.32.0.1", "172.15.255.255", "100.128.0.1", "192.169.0.1", "193.0.0.8",
            "[2001:4860:4860::8888]", "[2a00:1450::1]" })
    void publicAddressesAreAccepted(String host) {
        assertThat(WebhookTargets.refusal(host, InetAddress::getAllByName)).isEmpty();
    }

    @Test
    void aNameIsRefusedWhenAnyOfItsAddressesIsInternal() {
        WebhookTargets.Resolver rebinding = host -> new InetAddress[] { InetAddress.getByName("93.184.215.14"),
                InetAddress.getByName("10.0.0.7") };

        assertThat(WebhookTargets.refusal("ehr.clinic.example", rebinding))
                .hasValue("must point at a public address; ehr.clinic.example is 10.0.0.7, which is not reachable from "
                        + "the internet");
    }

    @Test
    void aNameThatDoesNotResolveIsLeftToTheDeliveryAttempts() {
        WebhookTargets.Resolver unknown = host -> {
            throw new UnknownHostException(host);
        };

        assertThat(WebhookTargets.refusal("not-yet.clinic.example", unknown)).isEmpty();
    }
}
