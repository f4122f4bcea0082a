package org.lumbar.program.programs;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.security.Caller;
import org.lumbar.program.domain.Program;

/**
 * Who may see and change a program: the patient it belongs to and the clinicians of its clinic. Anyone else gets
 * 404, the same answer as for a program that does not exist. Another Lumbar service only reads, through
 * {@link #readableByService(UUID)}.
 */
@ApplicationScoped
public class ProgramAccess {

    private final Caller caller;

    public ProgramAccess(Caller caller) {
        this.caller = caller;
    }

    public Program readable(UUID id) {
        Program program = Program.findById(id);
        if (program == null) {
            throw ProblemException.notFound("Program " + id);
        }
        caller.requireRead(program.patientId, program.clinicId, "Program " + id);
        return program;
    }

    /**
     * A program read by another Lumbar service with its service token: any program, and not audited, since no person
     * reads it here. The calling service checks whose program it is before it uses it.
     */
    public Program readableByService(UUID id) {
        if (!caller.isService()) {
            throw ProblemException.notFound("Program " + id);
        }
        Program program = Program.findById(id);
        if (program == null) {
            throw ProblemException.notFound("Program " + id);
        }
        return program;
    }

    /** Readable, and not ended: an ended program takes no more changes. */
    public Program changeable(UUID id) {
        Program program = readable(id);
        if (program.status == org.lumbar.program.domain.ProgramStatus.ENDED) {
            throw ProblemException.conflict("Program " + id + " has ended and takes no more changes");
        }
        return program;
    }
}
