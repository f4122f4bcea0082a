package org.lumbar.session.offline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.commons.http.ApiField;
import org.lumbar.session.recording.NoteRequest;
import org.lumbar.session.recording.PainRequest;
import org.lumbar.session.recording.SetRequest;

import com.fasterxml.jackson.annotation.JsonIgnore;

@Schema(name = "OfflineSession", description = "A whole session recorded without a connection, uploaded at once. "
        + "Applied atomically; uploading it again changes nothing; every entry keeps its own id and time.")
public record OfflineSessionRequest(
        @NotNull @Schema(description = "Client-generated session id", required = true) UUID id,
        UUID programId,
        LocalDate plannedDate,
        @NotNull @Schema(required = true) Instant startedAt,
        @Size(max = 2000) List<@Valid @NotNull PainRequest> pains,
        @Size(max = 2000) List<@Valid @NotNull SetRequest> sets,
        @Size(max = 200) List<@Valid @NotNull NoteRequest> notes,
        @Schema(description = "Set when the session was completed") Instant completedAt,
        @Schema(description = "Set when the patient gave up; not together with completedAt") Instant abandonedAt) {

    @JsonIgnore
    @AssertTrue(message = "a session is either completed or abandoned, not both")
    @ApiField("abandonedAt")
    public boolean isOneEnding() {
        return completedAt == null || abandonedAt == null;
    }

    @JsonIgnore
    @AssertTrue(message = "every entry needs its client id and occurredAt")
    public boolean isEveryEntryIdentified() {
        // a null entry is refused on its own, naming it (sets[0])
        return entries(pains).stream().allMatch(p -> p == null || p.id() != null && p.occurredAt() != null)
                && entries(sets).stream().allMatch(s -> s == null || s.id() != null && s.occurredAt() != null)
                && entries(notes).stream().allMatch(n -> n == null || n.id() != null && n.occurredAt() != null);
    }

    public static <T> List<T> entries(List<T> list) {
        return list == null ? List.of() : list;
    }
}
