package fr.prestaflow.contracts.care;

/** How a claim reached the mutuelle. */
public enum Channel {
    /** Teletransmission from the compulsory scheme: AMO amounts are reported. */
    NOEMIE,
    /** Member upload of invoices: AMO amounts come from the member's documents. */
    UPLOAD,
    /** A simulation: AMO amounts are computed, nothing is consumed. */
    QUOTE
}
