package org.lumbar.clinical;

/**
 * One rule of the rule book. Its {@link #id()} travels with every answer, proposal, event and alert the rule
 * produces, so a clinician can see why; {@code docs/clinical-rules.md} has a row per id naming the source and the
 * test, and {@code RuleBookDocumentTest} keeps the two in step.
 */
public interface ClinicalRule {

    /** Stable, dotted, lower case: {@code pain.red-flag.leg}. */
    String id();

    /** The seed file (and line) or published source the rule comes from. */
    String source();
}
