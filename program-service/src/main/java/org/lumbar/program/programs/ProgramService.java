package org.lumbar.program.programs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.clinical.schedule.ScheduleRule;
import org.lumbar.clinical.schedule.ScheduleRules;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.outbox.Outbox;
import org.lumbar.commons.schedule.ScheduleColumns;
import org.lumbar.commons.schedule.SchedulePlanner;
import org.lumbar.commons.schedule.ScheduleVersion;
import org.lumbar.commons.security.Caller;
import org.lumbar.contracts.program.ProgramAssigned;
import org.lumbar.contracts.program.ProgramItem;
import org.lumbar.contracts.program.Schedule;
import org.lumbar.program.domain.KnownExercise;
import org.lumbar.program.domain.Program;
import org.lumbar.program.domain.ProgramStatus;
import org.lumbar.program.domain.ProgramTemplate;
import org.lumbar.program.domain.ProgramVersion;
import org.lumbar.program.domain.Screening;
import org.lumbar.program.domain.TemplateItem;
import org.lumbar.program.client.PatientDirectory;
import org.lumbar.program.screening.ScreeningService;

@ApplicationScoped
public class ProgramService {

    /** The longest window a plan can be asked for. */
    static final int MAX_PLAN_DAYS = 366;
    /** The slots of a day with two sessions (Gentle Relief morning and evening, 000:112). */
    static final List<String> TWO_SLOTS = List.of("morning", "evening");

    private final Outbox outbox;
    private final Caller caller;
    private final ItemsJson itemsJson;
    private final ProgramAccess access;
    private final ProgramRevisions revisions;
    private final ProgramHolds holds;
    private final ScreeningService screenings;
    private final PatientDirectory patients;

    public ProgramService(Outbox outbox, Caller caller, ItemsJson itemsJson, ProgramAccess access,
            ProgramRevisions revisions, ProgramHolds holds, ScreeningService screenings, PatientDirectory patients) {
        this.patients = patients;
        this.holds = holds;
        this.screenings = screenings;
        this.outbox = outbox;
        this.caller = caller;
        this.itemsJson = itemsJson;
        this.access = access;
        this.revisions = revisions;
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
     * Creates a program for the calling patient, or for {@code patientId} when a clinician asks (it then belongs to
     * the clinician's clinic). From a template, each item takes the low end of the seed's range, the gentle start
     * the progression rules build on; items and schedule given in the request replace the template's.
     */
    @Transactional
    public ProgramView create(CreateProgramRequest request) {
        ProgramTemplate template = null;
        if (request.templateId() != null) {
            template = ProgramTemplate.<ProgramTemplate> findByIdOptional(request.templateId())
                    .orElseThrow(() -> ProblemException.unprocessable("templateId", "no template " + request.templateId()));
        }
        List<ProgramItem> items = request.items() != null ? request.items().stream().map(ItemRequest::toItem).toList()
                : fromTemplate(template);
        Schedule schedule = request.schedule() != null ? request.schedule().toSchedule() : template.schedule.toSchedule();
        requireUsableExercises(items);
        requireRestDaysForStrength(schedule, items);
        ZoneId zone = zone(request.timeZone());
        String patientId = patientFor(request);
        Screening screening = request.screening() != null ? screenings.record(patientId, request.screening())
                : screenings.latestOf(patientId).orElse(null);
        if (screening == null && caller.isPatient()) {
            throw ProblemException.unprocessable("screening",
                    "answer the screening questions first (POST /screenings, or screening in this request)");
        }

        Instant now = Instant.now();
        Program program = new Program();
        program.id = UUID.randomUUID();
        program.patientId = patientId;
        program.clinicId = caller.clinicId().orElse(null);
        program.clinicianId = caller.isClinician() ? caller.id() : null;
        program.templateId = template == null ? null : template.id;
        program.timeZone = zone.getId();
        program.startDate = request.startDate() != null ? request.startDate() : LocalDate.now(zone);
        program.endDate = request.endDate();
        if (program.endDate != null && program.endDate.isBefore(program.startDate)) {
            throw ProblemException.badRequest("endDate", "must not be before the start date " + program.startDate);
        }
        program.status = holds.initialStatus(program);
        program.currentVersion = 1;
        program.createdAt = now;
        program.updatedAt = now;
        program.persist();

        ProgramVersion version = new ProgramVersion();
        version.programId = program.id;
        version.version = 1;
        version.status = program.status;
        version.effectiveFrom = program.startDate;
        version.schedule = ScheduleColumns.of(schedule);
        version.items = itemsJson.write(items);
        version.createdAt = now;
        version.createdBy = caller.id();
        version.persist();

        outbox.enqueue(new ProgramAssigned(program.id, 1, patientId, program.clinicId, program.clinicianId,
                program.templateId, program.timeZone, program.startDate, program.endDate, schedule, items, now,
                program.status.name()),
                patientId, program.id.toString(), now);
        return view(program, version);
    }

    @Transactional
    public ProgramView get(UUID id) {
        Program program = caller.isService() ? access.readableByService(id) : access.readable(id);
        return view(program, revisions.current(program));
    }

    /** A patient's own programs; a clinician's are those of their clinic, optionally of one patient. */
    @Transactional
    public List<ProgramView> list(String patientId) {
        List<Program> programs;
        if (caller.isClinician() && caller.clinicId().isPresent()) {
            programs = patientId == null
                    ? Program.list("clinicId = ?1 order by createdAt desc", caller.clinicId().get())
                    : Program.list("clinicId = ?1 and patientId = ?2 order by createdAt desc", caller.clinicId().get(),
                            caller.patientFromPath(patientId));
            programs.stream().map(p -> p.patientId).distinct().forEach(caller::auditRead);
        } else {
            programs = Program.list("patientId = ?1 order by createdAt desc", caller.id());
        }
        return programs.stream().map(p -> view(p, revisions.current(p))).toList();
    }

    @Transactional
    public List<VersionView> versions(UUID id) {
        access.readable(id);
        return ProgramVersion.history(id).stream().map(this::versionView).toList();
    }

    @Transactional
    public VersionView version(UUID id, int version) {
        access.readable(id);
        ProgramVersion found = ProgramVersion.findById(new ProgramVersion.Key(id, version));
        if (found == null) {
            throw ProblemException.notFound("Version " + version + " of program " + id);
        }
        return versionView(found);
    }

    @Transactional
    public ProgramView changeItems(UUID id, List<ProgramItem> items, String reason) {
        Program program = access.changeable(id);
        requireUsableExercises(items);
        ProgramVersion current = revisions.current(program);
        requireRestDaysForStrength(current.schedule.toSchedule(), items);
        return view(program, revisions.revise(program, program.status, current.schedule.toSchedule(), items,
                ProgramRevisions.today(program), reason));
    }

    @Transactional
    public ProgramView changeSchedule(UUID id, Schedule schedule, String reason) {
        Program program = access.changeable(id);
        ProgramVersion current = revisions.current(program);
        requireRestDaysForStrength(schedule, itemsJson.read(current.items));
        return view(program, revisions.revise(program, program.status, schedule, itemsJson.read(current.items),
                ProgramRevisions.today(program), reason));
    }

    @Transactional
    public ProgramView pause(UUID id, String reason) {
        return changeStatus(id, ProgramStatus.ACTIVE, ProgramStatus.PAUSED, reason);
    }

    /** A program the rule book paused is resumed only by a clinician of the patient's clinic. */
    @Transactional
    public ProgramView resume(UUID id, String reason) {
        Program program = access.changeable(id);
        holds.requireClinicianFor(program, reason);
        if (program.status == ProgramStatus.PAUSED) {
            holds.release(program);
        }
        return changeStatus(id, ProgramStatus.PAUSED, ProgramStatus.ACTIVE, reason);
    }

    /** A clinician of the patient's clinic reviewed the screening: the program starts. */
    @Transactional
    public ProgramView clearReview(UUID id, String reason) {
        Program program = access.changeable(id);
        if (!caller.isClinician()) {
            throw ProblemException.forbidden("A clinician of the patient's clinic reviews the screening");
        }
        holds.requireClinicianFor(program, reason);
        if (program.status == ProgramStatus.NEEDS_REVIEW) {
            holds.release(program);
        }
        return changeStatus(id, ProgramStatus.NEEDS_REVIEW, ProgramStatus.ACTIVE, reason);
    }

    /** Ends the program today: today's session still counts, nothing is expected afterwards. */
    @Transactional
    public ProgramView end(UUID id, String reason) {
        Program program = access.changeable(id);
        LocalDate today = ProgramRevisions.today(program);
        program.endDate = program.endDate != null && program.endDate.isBefore(today) ? program.endDate : today;
        ProgramVersion current = revisions.current(program);
        return view(program, revisions.revise(program, ProgramStatus.ENDED, current.schedule.toSchedule(),
                itemsJson.read(current.items), today.plusDays(1), reason));
    }

    private ProgramView changeStatus(UUID id, ProgramStatus from, ProgramStatus to, String reason) {
        Program program = access.changeable(id);
        if (program.status != from) {
            throw ProblemException.conflict("Program " + id + " is " + program.status.name().toLowerCase());
        }
        ProgramVersion current = revisions.current(program);
        return view(program, revisions.revise(program, to, current.schedule.toSchedule(), itemsJson.read(current.items),
                ProgramRevisions.today(program), reason));
    }

    /** Planned session days between from and to (default: the next two weeks), with pauses and the end left out. */
    @Transactional
    public PlanView plan(UUID id, LocalDate from, LocalDate to) {
        Program program = access.readable(id);
        LocalDate first = from != null ? from : ProgramRevisions.today(program);
        LocalDate last = to != null ? to : first.plusDays(13);
        if (last.isBefore(first)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_PLAN_DAYS) {
            throw ProblemException.badRequest("to", "a plan covers at most " + MAX_PLAN_DAYS + " days");
        }
        List<ScheduleVersion> versions = ProgramVersion.history(id).stream()
                .map(v -> new ScheduleVersion(v.effectiveFrom, v.status == ProgramStatus.ACTIVE, v.schedule.toSchedule()))
                .toList();
        List<LocalDate> sessions = SchedulePlanner.plannedSessions(versions, program.startDate, program.endDate, first,
                last);
        Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
        sessions.forEach(d -> perDay.merge(d, 1, Integer::sum));
        List<PlanView.Day> days = new ArrayList<>();
        perDay.forEach((date, count) -> days.add(new PlanView.Day(date, count, count == 2 ? TWO_SLOTS : null)));
        return new PlanView(program.id, program.timeZone, first, last, sessions.size(), days, program.status.name(),
                program.holdRule, program.holdReason);
    }

    private static List<ProgramItem> fromTemplate(ProgramTemplate template) {
        List<ProgramItem> items = new ArrayList<>();
        for (TemplateItem t : template.items) {
            items.add(new ProgramItem(t.exercise, t.setsMin, t.repsMin, t.holdSecondsMin, t.perSide, t.notes, t.phase));
        }
        return items;
    }

    private String patientFor(CreateProgramRequest request) {
        if (caller.isClinician()) {
            if (request.patientId() == null || request.patientId().isBlank()) {
                throw ProblemException.badRequest("patientId", "is required when a clinician creates a program");
            }
            if (caller.clinicId().isEmpty()) {
                throw ProblemException.forbidden("A clinician without a clinic cannot create programs");
            }
            patients.requirePatientOf(caller.clinicId().get(), request.patientId());
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

    /** Strength work needs a rest day between sessions (rule schedule.strength-rest-day); warm-ups are gentle. */
    static void requireRestDaysForStrength(Schedule schedule, List<ProgramItem> items) {
        List<String> strength = items.stream().filter(i -> !ProgramItem.WARM_UP.equals(i.phase()))
                .map(ProgramItem::exercise)
                .filter(slug -> KnownExercise.<KnownExercise> findByIdOptional(slug)
                        .map(KnownExercise::strengthening).orElse(false))
                .toList();
        ScheduleRules.check(!strength.isEmpty(), ScheduleRules.Kind.valueOf(schedule.kind().name()),
                schedule.timesPerDay(), schedule.maxPerWeek(), schedule.nonConsecutive(), schedule.weekdays())
                .ifPresent(rule -> {
                    throw ProblemException.unprocessable("schedule", rule == ScheduleRule.STRENGTH_REST_DAY
                            ? "strength work (" + String.join(", ", strength) + ") needs a rest day between sessions: "
                                    + "3 or 4 times a week on non-consecutive days (rule " + rule.id() + ")"
                            : "gentle work is done at most " + ScheduleRules.MAX_GENTLE_SESSIONS_A_DAY
                                    + " times a day (rule " + rule.id() + ")");
                });
    }

    /** Every exercise must be in the catalog (as program-service last heard of it) and not retired. */
    public static void requireUsableExercises(List<ProgramItem> items) {
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
        return new ProgramView(p.id, p.patientId, p.clinicId, p.clinicianId, p.templateId, p.timeZone, p.startDate,
                p.endDate, p.status.name(), p.holdRule, p.holdReason, v.version, v.schedule.toSchedule(), itemsJson.read(v.items), p.createdAt,
                p.updatedAt);
    }

    private VersionView versionView(ProgramVersion v) {
        return new VersionView(v.version, v.status.name(), v.effectiveFrom, v.schedule.toSchedule(),
                itemsJson.read(v.items), v.reason, v.createdAt, v.createdBy);
    }
}
