package org.lumbar.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * For a service that calls another one with a client-credentials token (quarkus-oidc-client): its token requests go
 * to the in-process {@link ServiceTokenEndpoint} instead of a Keycloak.
 */
public class ServiceTokenResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc-client.token-path", ServiceTokenEndpoint.shared().url());
    }

    @Override
    public void stop() {
        // the endpoint lives for the whole JVM, shared by every test class
    }
}
