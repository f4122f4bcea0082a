package org.lumbar.program.service;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.outbox.Outbox;
import org.lumbar.commons.security.Caller;
import org.lumbar.contracts.program.ProgramAssigned;
import org.lumbar.contracts.program.ProgramItem;
import org.lumbar.contracts.program.Schedule;
import org.lumbar.program.domain.KnownExercise;
import org.lumbar.program.domain.Program;
import org.lumbar.program.domain.ProgramStatus;
import org.lumbar.program.domain.ProgramTemplate;
import org.lumbar.program.domain.ProgramVersion;
import org.lumbar.commons.schedule.ScheduleColumns;
import org.lumbar.program.domain.TemplateItem;
import org.lumbar.program.rest.CreateProgramRequest;
import org.lumbar.program.rest.ProgramView;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

@ApplicationScoped
public class ProgramService {

    private static final TypeReference<List<ProgramItem>> ITEMS = new TypeReference<>() {
    };

    private final Outbox outbox;
    private final Caller caller;
    private final ObjectMapper json;

    public ProgramService(Outbox outbox, Caller caller, ObjectMapper json) {
        this.outbox = outbox;
        this.caller = caller;
        this.json = json;
    }

    @Transactional
    public List<ProgramTemplate> templates() {
        return ProgramTemplate.list("order by id");
    }

    @Transactional
    public ProgramTemplate template(String id) {
        return ProgramTemplate.<ProgramTemplate> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Template " + id));
    }

    /**
     * Creates a program from a template for the calling patient, or for {@code patientId} when a clinician asks
     * (the program then belongs to the clinician's clinic). The first version's items take the low end of each
     * seed range, the gentle start the progression rules build on.
     */
    @Transactional
    public ProgramView create(CreateProgramRequest request) {
        ProgramTemplate template = ProgramTemplate.<ProgramTemplate> findByIdOptional(request.templateId())
                .orElseThrow(() -> ProblemException.unprocessable("templateId", "no template " + request.templateId()));
        ZoneId zone = zone(request.timeZone());
        String patientId = patientFor(request);
        List<ProgramItem> items = new ArrayList<>();
        for (TemplateItem t : template.items) {
            items.add(new ProgramItem(t.exercise, t.setsMin, t.repsMin, t.holdSecondsMin, t.perSide, t.notes));
        }
        requireUsableExercises(items);

        Instant now = Instant.now();
        Program program = new Program();
        program.id = UUID.randomUUID();
        program.patientId = patientId;
        program.clinicId = caller.clinicId().orElse(null);
        program.clinicianId = caller.isClinician() ? caller.id() : null;
        program.templateId = template.id;
        program.timeZone = zone.getId();
        program.startDate = request.startDate() != null ? request.startDate() : LocalDate.now(zone);
        program.status = ProgramStatus.ACTIVE;
        program.currentVersion = 1;
        program.createdAt = now;
        program.updatedAt = now;
        program.persist();

        ProgramVersion version = new ProgramVersion();
        version.programId = program.id;
        version.version = 1;
        version.schedule = ScheduleColumns.of(template.schedule.toSchedule());
        version.items = writeItems(items);
        version.createdAt = now;
        version.createdBy = caller.id();
        version.persist();

        ProgramView view = view(program, version);
        outbox.enqueue(new ProgramAssigned(program.id, 1, patientId, program.clinicId, program.clinicianId,
                program.templateId, program.timeZone, program.startDate, view.schedule(), items, now),
                patientId, program.id.toString(), now);
        return view;
    }

    @Transactional
    public ProgramView get(UUID id) {
        Program program = readable(id);
        return view(program, ProgramVersion.findById(new ProgramVersion.Key(id, program.currentVersion)));
    }

    @Transactional
    public List<ProgramView> mine() {
        List<Program> programs = Program.list("patientId = ?1 order by createdAt desc", caller.id());
        return programs.stream()
                .map(p -> view(p, ProgramVersion.findById(new ProgramVersion.Key(p.id, p.currentVersion))))
                .toList();
    }

    private Program readable(UUID id) {
        Program program = Program.findById(id);
        if (program == null) {
            throw ProblemException.notFound("Program " + id);
        }
        caller.requireRead(program.patientId, program.clinicId, "Program " + id);
        return program;
    }

    private String patientFor(CreateProgramRequest request) {
        if (caller.isClinician()) {
            if (request.patientId() == null || request.patientId().isBlank()) {
                throw ProblemException.badRequest("patientId", "is required when a clinician creates a program");
            }
            return request.patientId();
        }
        if (!caller.isPatient()) {
            throw ProblemException.forbidden("Only patients and clinicians create programs");
        }
        if (request.patientId() != null && !request.patientId().equals(caller.id())) {
            throw ProblemException.forbidden("A patient creates programs only for themself");
        }
        return caller.id();
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw ProblemException.badRequest("timeZone", "is not an IANA time zone such as Europe/Amsterdam");
        }
    }

    /** Every exercise must be in the catalog (as program-service last heard of it) and not retired. */
    private static void requireUsableExercises(List<ProgramItem> items) {
        for (int i = 0; i < items.size(); i++) {
            String slug = items.get(i).exercise();
            KnownExercise known = KnownExercise.findById(slug);
            if (known == null) {
                throw ProblemException.unprocessable("items[" + i + "].exercise", "unknown exercise " + slug);
            }
            if (known.retired) {
                throw ProblemException.unprocessable("items[" + i + "].exercise", "exercise " + slug + " is retired");
            }
        }
    }

    private ProgramView view(Program p, ProgramVersion v) {
        Schedule schedule = v.schedule.toSchedule();
        return new ProgramView(p.id, p.patientId, p.clinicId, p.clinicianId, p.templateId, p.timeZone, p.startDate,
                p.status.name(), v.version, schedule, readItems(v.items), p.createdAt, p.updatedAt);
    }

    private String writeItems(List<ProgramItem> items) {
        try {
            return json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ProgramItem> readItems(String items) {
        try {
            return json.readValue(items, ITEMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored program items are not readable", e);
        }
    }
}
