package org.lumbar.analytics.progress;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Streaks", description = "Weeks in a row with at least 70% of the scheduled sessions completed")
public record StreaksView(
        @Schema(description = "Adherent weeks in a row up to now (the week in progress counts once it is adherent)") int currentWeeks,
        @Schema(description = "The longest run of adherent weeks") int longestWeeks) {
}
