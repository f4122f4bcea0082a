package org.lumbar.session.client;

import java.util.List;
import java.util.UUID;

import org.lumbar.contracts.program.ProgramItem;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of program-service's program representation that sessions need. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgramDetails(UUID id, String patientId, String clinicId, int version, String timeZone,
        List<ProgramItem> items, String status, String holdReason) {
}
