package org.lumbar.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathsTest {

    @Test
    void metricsFoldIdsSlugsAndDatesIntoOneRoute() {
        assertThat(ApiRoutes.uriTemplate("/api/sessions")).isEqualTo("/api/sessions");
        assertThat(ApiRoutes.uriTemplate("/api/sessions/0b1c2d3e-0000-4000-8000-000000000001/sets"))
                .isEqualTo("/api/sessions/{id}/sets");
        assertThat(ApiRoutes.uriTemplate("/api/exercises/knee-to-chest/progressions"))
                .isEqualTo("/api/exercises/{id}/progressions");
        assertThat(ApiRoutes.uriTemplate("/api/patients/me/adherence")).isEqualTo("/api/patients/me/adherence");
        assertThat(ApiRoutes.uriTemplate("/api/programs/p1/versions/2")).isEqualTo("/api/programs/{id}/versions/{id}");
        assertThat(ApiRoutes.uriTemplate("/")).isEqualTo("/");
    }

    @Test
    void uriTemplatesKeepTheServiceSegment() {
        assertThat(ApiRoutes.uriTemplate("/api/catalog/q/openapi")).isEqualTo("/api/catalog/q/openapi");
    }
}
