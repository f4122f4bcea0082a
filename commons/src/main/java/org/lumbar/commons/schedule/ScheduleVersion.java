package org.lumbar.commons.schedule;

import java.time.LocalDate;

import org.lumbar.contracts.program.Schedule;

/**
 * What a program expected from {@code effectiveFrom} (in the patient's calendar) until the next version: a schedule,
 * or nothing while the program is paused or ended.
 */
public record ScheduleVersion(LocalDate effectiveFrom, boolean active, Schedule schedule) {
}
