package org.lumbar.program.programs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.commons.outbox.Outbox;
import org.lumbar.commons.schedule.ScheduleColumns;
import org.lumbar.commons.security.Caller;
import org.lumbar.contracts.program.ProgramChanged;
import org.lumbar.contracts.program.ProgramEnded;
import org.lumbar.contracts.program.ProgramItem;
import org.lumbar.contracts.program.Schedule;
import org.lumbar.program.domain.Program;
import org.lumbar.program.domain.ProgramStatus;
import org.lumbar.program.domain.ProgramVersion;
import org.lumbar.program.domain.Proposal;

/** Makes every change of a program a new immutable version and announces it on program.events. */
@ApplicationScoped
public class ProgramRevisions {

    private final Outbox outbox;
    private final Caller caller;
    private final ItemsJson itemsJson;

    public ProgramRevisions(Outbox outbox, Caller caller, ItemsJson itemsJson) {
        this.outbox = outbox;
        this.caller = caller;
        this.itemsJson = itemsJson;
    }

    public ProgramVersion current(Program program) {
        return ProgramVersion.findById(new ProgramVersion.Key(program.id, program.currentVersion));
    }

    /** Today in the patient's calendar: the day a change takes effect. */
    public static LocalDate today(Program program) {
        return LocalDate.now(ZoneId.of(program.timeZone));
    }

    /**
     * Stores version n+1 with the given status, schedule and items, in force from {@code effectiveFrom}, and puts
     * program.changed (or program.ended) in the outbox. Pending proposals, made for the old version, are superseded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProgramVersion revise(Program program, ProgramStatus status, Schedule schedule, List<ProgramItem> items,
            LocalDate effectiveFrom, String reason) {
        return revise(program, status, schedule, items, effectiveFrom, reason, caller.id());
    }

    /** The same, made by {@code by} rather than the caller (the rule book, from a consumed event). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProgramVersion revise(Program program, ProgramStatus status, Schedule schedule, List<ProgramItem> items,
            LocalDate effectiveFrom, String reason, String by) {
        Instant now = Instant.now();
        ProgramVersion version = new ProgramVersion();
        version.programId = program.id;
        version.version = program.currentVersion + 1;
        version.status = status;
        version.effectiveFrom = effectiveFrom;
        version.schedule = ScheduleColumns.of(schedule);
        version.items = itemsJson.write(items);
        version.reason = reason;
        version.createdAt = now;
        version.createdBy = by;
        version.persist();

        Proposal.update("status = ?1, decidedAt = ?2 where programId = ?3 and status = ?4", Proposal.Status.SUPERSEDED,
                now, program.id, Proposal.Status.PENDING);
        program.currentVersion = version.version;
        program.status = status;
        program.updatedAt = now;
        if (status == ProgramStatus.ENDED) {
            outbox.enqueue(new ProgramEnded(program.id, version.version, program.patientId, program.clinicId,
                    program.endDate, now), program.patientId, program.id.toString(), now);
        } else {
            outbox.enqueue(new ProgramChanged(program.id, version.version, program.patientId, program.clinicId,
                    status.name(), program.timeZone, program.startDate, program.endDate, effectiveFrom, schedule, items,
                    reason, now), program.patientId, program.id.toString(), now);
        }
        return version;
    }
}
