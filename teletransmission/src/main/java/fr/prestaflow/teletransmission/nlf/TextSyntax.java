package fr.prestaflow.teletransmission.nlf;

/** A regex of NLF.md §3, matched against {@code text[from, to)} as a whole. */
@FunctionalInterface
interface TextSyntax {

    boolean matches(String text, int from, int to);
}
