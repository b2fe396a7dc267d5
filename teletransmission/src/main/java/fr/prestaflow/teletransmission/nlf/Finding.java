package fr.prestaflow.teletransmission.nlf;

/** A failed check of one record, before it gets its line number and severity. */
record Finding(NlfCode code, String field, String detail) {

    static Finding of(NlfCode code, String field) {
        return new Finding(code, field, "");
    }

    static Finding mismatch(NlfCode code, String field, String declaredLabel, Object declared, String otherLabel,
                            Object other) {
        return new Finding(code, field, declaredLabel + '=' + declared + ';' + otherLabel + '=' + other);
    }
}
