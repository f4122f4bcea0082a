package org.lumbar.clinical.pain;

/** What a pain report does to the patient's program (program-service carries it out). */
public enum ProgramReaction {
    NONE,
    /** Propose the easier variant, or a lower dose, of the exercise that hurt. */
    PROPOSE_REGRESSION,
    /** Pause the program until a clinician of the patient's clinic resumes it. */
    PAUSE_FOR_CLINICIAN
}
