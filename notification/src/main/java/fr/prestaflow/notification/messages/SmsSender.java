package fr.prestaflow.notification.messages;

/** Port to an SMS provider. Throws when the provider refuses, so the delivery is retried. */
public interface SmsSender {

    void send(String phoneNumber, String text);
}
