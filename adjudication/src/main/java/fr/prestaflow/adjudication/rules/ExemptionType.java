package fr.prestaflow.adjudication.rules;

/** Exemptions intake records on a beneficiary (§5). ALD has no effect in the engine: its 100 % rate is in the line. */
public enum ExemptionType {
    CSS, MATERNITY, ALD
}
