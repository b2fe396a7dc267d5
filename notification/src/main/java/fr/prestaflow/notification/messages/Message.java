package fr.prestaflow.notification.messages;

/** One message in French, as an e-mail (subject, text and HTML alternatives) and as a short SMS. */
record Message(MessageKind kind, String subject, String text, String html, String sms) {
}
