package org.lumbar.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The tokens the tests sign are shaped after the realm Keycloak imports (deploy/keycloak/lumbar-realm.json); this
 * keeps the two together: the demo users, and the service account whose client-credentials tokens session-service
 * uses to read programs.
 */
class RealmFileTest {

    private static JsonNode realm;

    @BeforeAll
    static void readTheRealm() throws IOException {
        realm = new ObjectMapper().readTree(Path.of("..", "deploy", "keycloak", "lumbar-realm.json").toFile());
    }

    private static JsonNode find(String array, String field, String value) {
        for (JsonNode node : realm.path(array)) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("no " + array + " with " + field + " " + value + " in the realm file");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @Test
    void theDemoUsersHaveTheirIdsRolesAndClinics() {
        for (DemoUser user : DemoUser.values()) {
            JsonNode node = find("users", "username", user.username);
            assertThat(node.path("id").asText()).as(user.username).isEqualTo(user.id);
            assertThat(texts(node.path("realmRoles"))).as(user.username).containsExactly(user.role);
            if (user.clinicId != null) {
                assertThat(texts(node.path("attributes").path("clinic_id"))).as(user.username).containsExactly(user.clinicId);
            }
        }
    }

    @Test
    void theServicesClientIsConfidentialWithAServiceAccountForTheApi() {
        JsonNode client = find("clients", "clientId", TestTokens.SERVICE_CLIENT_ID);
        assertThat(client.path("publicClient").asBoolean()).isFalse();
        assertThat(client.path("secret").asText()).isEqualTo(TestTokens.SERVICE_CLIENT_SECRET);
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(accessTokenAudiences(client)).containsExactly(TestTokens.AUDIENCE);
    }

    /** The gateway signs browsers in with this client (the web app's backend-for-frontend, gateway/.../web). */
    @Test
    void theWebAppsClientIsConfidentialRedirectsOnlyToTheGatewayAndCarriesTheClinic() {
        JsonNode client = find("clients", "clientId", "lumbar-web");
        assertThat(client.path("publicClient").asBoolean()).isFalse();
        assertThat(client.path("secret").asText()).as("gateway's quarkus.oidc.web.credentials.secret default")
                .isEqualTo("lumbar-web-secret");
        assertThat(client.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(client.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(texts(client.path("redirectUris"))).containsExactlyInAnyOrder("http://localhost:8080/*",
                "http://127.0.0.1:8080/*");
        assertThat(client.path("attributes").path("post.logout.redirect.uris").asText())
                .isEqualTo("http://localhost:8080/*##http://127.0.0.1:8080/*");
        assertThat(accessTokenAudiences(client)).as("the services accept its access tokens").containsExactly(TestTokens.AUDIENCE);
        List<String> claims = new ArrayList<>();
        client.path("protocolMappers").forEach(mapper -> {
            if (mapper.path("config").path("id.token.claim").asText().equals("true")) {
                claims.add(mapper.path("config").path("claim.name").asText());
            }
        });
        assertThat(claims).as("the app's /api/me reads the clinic from the ID token").contains("clinic_id");
    }

    private static List<String> accessTokenAudiences(JsonNode client) {
        List<String> audiences = new ArrayList<>();
        client.path("protocolMappers").forEach(mapper -> {
            if (mapper.path("protocolMapper").asText().equals("oidc-audience-mapper")
                    && mapper.path("config").path("access.token.claim").asText().equals("true")) {
                audiences.add(mapper.path("config").path("included.custom.audience").asText());
            }
        });
        return audiences;
    }

    @Test
    void theServiceAccountHasTheServiceRoleAndReadsUsersOnly() {
        List<String> roles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asText()));
        assertThat(roles).contains(TestTokens.SERVICE_ROLE);

        JsonNode account = find("users", "serviceAccountClientId", TestTokens.SERVICE_CLIENT_ID);
        assertThat(account.path("id").asText()).isEqualTo(TestTokens.SERVICE_ACCOUNT_ID);
        assertThat(account.path("username").asText()).isEqualTo("service-account-" + TestTokens.SERVICE_CLIENT_ID);
        assertThat(texts(account.path("realmRoles"))).containsExactly(TestTokens.SERVICE_ROLE);
        // program-service reads whether a clinician's patient is one of their clinic; nothing that writes users
        assertThat(account.path("clientRoles").properties()).singleElement().satisfies(granted -> {
            assertThat(granted.getKey()).isEqualTo("realm-management");
            assertThat(texts(granted.getValue())).containsExactly("view-users");
        });
    }
}
