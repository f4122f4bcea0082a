package org.lumbar.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * For a service that calls another one, or Keycloak's admin API, with a client-credentials token
 * (quarkus-oidc-client): its token requests and user look-ups go to the in-process {@link TestRealm} instead of a
 * Keycloak.
 */
public class TestRealmResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc-client.token-path", TestRealm.shared().url(),
                "quarkus.rest-client.identity-provider.url", TestRealm.shared().adminUrl());
    }

    @Override
    public void stop() {
        // the endpoint lives for the whole JVM, shared by every test class
    }
}
