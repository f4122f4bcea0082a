package org.lumbar.session.client;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.contracts.program.ProgramAssigned;
import org.lumbar.contracts.program.ProgramChanged;
import org.lumbar.contracts.program.ProgramItem;
import org.lumbar.session.domain.ProgramSnapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Knows each program version a session may follow: from program.events, or from program-service when new. */
@ApplicationScoped
public class ProgramDirectory {

    private static final Logger LOG = Logger.getLogger(ProgramDirectory.class);
    private static final TypeReference<List<ProgramItem>> ITEMS = new TypeReference<>() {
    };

    private static final int MAX_CACHED_VERSIONS = 10_000;

    private final Map<ProgramSnapshot.Key, List<ProgramItem>> itemsByVersion = new ConcurrentHashMap<>();
    private final ProgramClient programs;
    private final ObjectMapper json;

    public ProgramDirectory(@RestClient ProgramClient programs, ObjectMapper json) {
        this.programs = programs;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ProgramAssigned assigned) {
        store(assigned.programId(), assigned.version(), assigned.patientId(), assigned.clinicId(), assigned.timeZone(),
                assigned.items(), assigned.active() ? "ACTIVE" : assigned.status(), null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ProgramChanged changed) {
        store(changed.programId(), changed.version(), changed.patientId(), changed.clinicId(), changed.timeZone(),
                changed.items(), changed.status(), "ACTIVE".equals(changed.status()) ? null : changed.reason());
    }

    /**
     * The latest known version of the patient's program; asks program-service when none has arrived yet. A program of
     * anyone else is not found, whichever way it came: program-service answers session-service's service token for
     * every program, so this check is what keeps one patient's program from another.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProgramSnapshot latestOf(UUID programId, String patientId) {
        ProgramSnapshot program = latest(programId);
        if (patientId == null || !patientId.equals(program.patientId)) {
            throw ProblemException.notFound("Program " + programId);
        }
        return program;
    }

    /** The latest known version of the program, whoever's it is; asks program-service when none has arrived yet. */
    private ProgramSnapshot latest(UUID programId) {
        ProgramSnapshot known = ProgramSnapshot.latest(programId);
        if (known != null) {
            return known;
        }
        ProgramDetails details;
        try {
            details = programs.get(programId);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                throw ProblemException.notFound("Program " + programId);
            }
            if (status == 401 || status == 403) {
                LOG.errorf("program-service refused session-service's service token (%d): check the lumbar-services "
                        + "client and its service role", status);
            }
            throw new ProblemException(502, "Bad Gateway", "program-service answered " + status, List.of());
        } catch (RuntimeException e) {
            LOG.warnf("program-service unreachable: %s", e.getMessage());
            throw ProblemException.unavailable(
                    "The program is not known here yet and program-service cannot be reached; try again shortly");
        }
        return storeRacingTheConsumer(details);
    }

    /**
     * program.events may deliver the same version while this request is running: the snapshot is stored in its
     * own transaction, and if the consumer got there first its copy is used.
     */
    private ProgramSnapshot storeRacingTheConsumer(ProgramDetails details) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> store(details.id(), details.version(),
                    details.patientId(), details.clinicId(), details.timeZone(), details.items(), details.status(),
                    details.holdReason()));
        } catch (RuntimeException e) {
            ProgramSnapshot stored = ProgramSnapshot.findById(new ProgramSnapshot.Key(details.id(), details.version()));
            if (stored == null) {
                throw e;
            }
            return stored;
        }
    }

    /** The items of a program version; versions never change, so they are parsed once and kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ProgramItem> items(UUID programId, int version) {
        ProgramSnapshot.Key key = new ProgramSnapshot.Key(programId, version);
        List<ProgramItem> cached = itemsByVersion.get(key);
        if (cached != null) {
            return cached;
        }
        ProgramSnapshot snapshot = ProgramSnapshot.findById(key);
        if (snapshot == null) {
            return List.of();
        }
        try {
            List<ProgramItem> items = List.copyOf(json.readValue(snapshot.items, ITEMS));
            if (itemsByVersion.size() < MAX_CACHED_VERSIONS) {
                itemsByVersion.put(key, items);
            }
            return items;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored program items are not readable", e);
        }
    }

    private ProgramSnapshot store(UUID programId, int version, String patientId, String clinicId, String timeZone,
            List<ProgramItem> items, String status, String holdReason) {
        ProgramSnapshot existing = ProgramSnapshot.findById(new ProgramSnapshot.Key(programId, version));
        if (existing != null) {
            return existing;
        }
        ProgramSnapshot snapshot = new ProgramSnapshot();
        snapshot.programId = programId;
        snapshot.version = version;
        snapshot.patientId = patientId;
        snapshot.clinicId = clinicId;
        snapshot.timeZone = timeZone;
        snapshot.status = status;
        snapshot.holdReason = holdReason == null || holdReason.length() <= 500 ? holdReason
                : holdReason.substring(0, 500);
        try {
            snapshot.items = json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        snapshot.setsPrescribed = items.stream().mapToInt(ProgramItem::sets).sum();
        snapshot.persist();
        return snapshot;
    }
}
