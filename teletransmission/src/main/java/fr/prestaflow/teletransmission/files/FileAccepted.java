package fr.prestaflow.teletransmission.files;

import java.util.UUID;

/** The answer to an upload: the id to follow it by, and its status (RECEIVED). */
record FileAccepted(UUID id, FileStatus status) {
}
