package fr.prestaflow.notification.wording;

import java.util.Optional;

/** A reason or rejection code as the member reads it, with what to do about it when there is something to do. */
public record Explanation(String code, String text, Optional<String> whatToDo) {
}
