package org.lumbar.testing;

import java.util.List;

/** The demo users of the {@code lumbar} realm (deploy/keycloak/lumbar-realm.json), with the same ids. */
public enum DemoUser {

    ALICE("a11ce000-0000-4000-8000-000000000001", "alice", "patient", "clinic-north"),
    BOB("b0b00000-0000-4000-8000-000000000002", "bob", "patient", "clinic-south"),
    CAROL("ca201000-0000-4000-8000-000000000003", "carol", "clinician", "clinic-north"),
    DAN("da400000-0000-4000-8000-000000000004", "dan", "clinician", "clinic-south"),
    ERIN("e2140000-0000-4000-8000-000000000005", "erin", "admin", null);

    public final String id;
    public final String username;
    public final String role;
    public final String clinicId;

    DemoUser(String id, String username, String role, String clinicId) {
        this.id = id;
        this.username = username;
        this.role = role;
        this.clinicId = clinicId;
    }

    public String token() {
        return TestTokens.forUser(id, username, List.of(role), clinicId);
    }

    public String bearer() {
        return "Bearer " + token();
    }
}
