package org.lumbar.commons.security;

/** Realm roles of the {@code lumbar} Keycloak realm. */
public final class Roles {

    public static final String PATIENT = "patient";
    public static final String CLINICIAN = "clinician";
    public static final String ADMIN = "admin";
    /**
     * Another Lumbar service, calling with a client-credentials token of the confidential client
     * {@code lumbar-services}. It is no person: it reads only where an endpoint names this role.
     */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
