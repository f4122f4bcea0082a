package org.lumbar.clinical.progression;

/** One exercise's prescribed dose: sets, repetitions per set and hold per repetition (null when not part of it). */
public record Dose(int sets, Integer reps, Integer holdSeconds, boolean perSide) {

    public Dose {
        if (sets < 1) {
            throw new IllegalArgumentException("sets " + sets);
        }
        if (reps != null && reps < 1) {
            throw new IllegalArgumentException("reps " + reps);
        }
        if (holdSeconds != null && holdSeconds < 1) {
            throw new IllegalArgumentException("hold " + holdSeconds);
        }
    }

    public Dose withSets(int newSets) {
        return new Dose(newSets, reps, holdSeconds, perSide);
    }

    public Dose withReps(Integer newReps) {
        return new Dose(sets, newReps, holdSeconds, perSide);
    }

    public Dose withHoldSeconds(Integer newHold) {
        return new Dose(sets, reps, newHold, perSide);
    }

    /** Plain English, e.g. "2 sets of 12 reps, holding 5 s, each side". */
    public String describe() {
        StringBuilder text = new StringBuilder().append(sets).append(sets == 1 ? " set" : " sets");
        if (reps != null) {
            text.append(" of ").append(reps).append(reps == 1 ? " rep" : " reps");
        }
        if (holdSeconds != null) {
            text.append(", holding ").append(holdSeconds).append(" s");
        }
        if (perSide) {
            text.append(", each side");
        }
        return text.toString();
    }
}
