package fr.prestaflow.intake.documents;

/** Why an upload is refused. Stable codes: clients read them, so they are never renamed once shipped. */
public enum RefusalCode {
    EMPTY_FILE,
    FILE_TOO_LARGE,
    UNSUPPORTED_TYPE,
    TYPE_MISMATCH,
    TRUNCATED_FILE,
    ENCRYPTED_PDF,
    UNREADABLE_FILE
}
