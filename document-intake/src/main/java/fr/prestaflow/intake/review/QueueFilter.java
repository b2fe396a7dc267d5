package fr.prestaflow.intake.review;

import fr.prestaflow.intake.analysis.DocumentKind;
import java.time.LocalDate;

/**
 * What an agent asks the queue for; every part optional.
 *
 * @param from first day of reception (Paris time), inclusive
 * @param to   last day of reception (Paris time), inclusive
 */
record QueueFilter(QueueStatus status, DocumentKind documentKind, LocalDate from, LocalDate to, String contract,
                   int page, int size) {

    int offset() {
        return page * size;
    }
}
