package org.lumbar.program.client;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/**
 * The users of the {@code lumbar} realm, read through Keycloak's admin API as program-service itself: a
 * client-credentials token of {@code lumbar-services}, whose service account holds realm-management's
 * {@code view-users} (deploy/keycloak/lumbar-realm.json) and nothing that writes.
 */
@RegisterRestClient(configKey = "identity-provider")
@OidcClientFilter
@Path("/users")
public interface RealmUsers {

    @GET
    @Path("{id}")
    User get(@PathParam("id") String id);

    /** The user's realm roles, composite ones resolved. */
    @GET
    @Path("{id}/role-mappings/realm/composite")
    List<Role> realmRoles(@PathParam("id") String id);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String id, Boolean enabled, Map<String, List<String>> attributes) {

        String clinicId() {
            List<String> values = attributes == null ? null : attributes.get("clinic_id");
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Role(String name) {
    }
}
