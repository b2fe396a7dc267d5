package fr.prestaflow.contracts.care;

/** Eye or ear of an optics or hearing line. */
public enum Side {
    LEFT, RIGHT, BOTH
}
