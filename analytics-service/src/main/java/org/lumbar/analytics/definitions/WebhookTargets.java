package org.lumbar.analytics.definitions;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where webhook deliveries may go. A clinic chooses the URL and analytics-service POSTs to it from inside the
 * platform's network, so without this rule a clinic account could aim deliveries at the platform's own services or at
 * a cloud metadata endpoint and probe them through the delivery log (server-side request forgery). Hosts that resolve
 * to this machine, a private or shared network, a link-local or a multicast address are refused; a deployment whose
 * receivers live on such networks (local development, tests) allows them in its configuration.
 */
public final class WebhookTargets {

    /** Looks a host name up; {@code InetAddress::getAllByName} outside tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private WebhookTargets() {
    }

    /**
     * The rule as registration and delivery apply it: nothing is refused where private addresses are allowed,
     * otherwise {@code host} is looked up in DNS and checked.
     */
    public static Optional<String> refusal(String host, boolean privateAddressesAllowed) {
        return privateAddressesAllowed ? Optional.empty() : refusal(host, InetAddress::getAllByName);
    }

    /**
     * @param host a URL's host: a name, an IPv4 literal or a bracketed IPv6 literal
     * @return why deliveries may not go to {@code host}, or empty when every address it has is public. A name that does
     *         not resolve (yet) is not refused here: a delivery to it fails and is retried like any unreachable one.
     */
    public static Optional<String> refusal(String host, Resolver resolver) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return Optional.of("must point at a public address; " + host + " is " + address.getHostAddress()
                        + ", which is not reachable from the internet");
            }
        }
        return Optional.empty();
    }

    /** This machine, private and shared networks, link-local and multicast ranges: nothing a clinic's server is on. */
    public static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second < 128) // shared address space (carrier-grade NAT)
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0); // IETF protocol assignments
        }
        return address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
    }
}
