package fr.prestaflow.notification.preferences;

/** How a member can be told about their claims. */
public enum ContactChannel {
    EMAIL, SMS
}
