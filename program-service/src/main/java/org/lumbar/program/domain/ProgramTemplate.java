package org.lumbar.program.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.ListIndexBase;

import org.lumbar.commons.schedule.ScheduleColumns;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A read-only routine from the seeds that a program can start from. */
@Entity
@Table(name = "program_template")
public class ProgramTemplate extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String goal;

    @Column(nullable = false)
    public String frequency;

    @Column(name = "minutes_min", nullable = false)
    public int minutesMin;

    @Column(name = "minutes_max", nullable = false)
    public int minutesMax;

    @Embedded
    public ScheduleColumns schedule;

    public String notes;

    /** Comma-separated seed file names. */
    @Column(nullable = false)
    public String sources;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_template_item", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<TemplateItem> items = new ArrayList<>();
}
