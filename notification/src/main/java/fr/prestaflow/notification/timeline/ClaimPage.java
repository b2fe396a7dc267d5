package fr.prestaflow.notification.timeline;

import java.util.List;

/** One page of the member's claims, newest first, and how many match in all. */
public record ClaimPage(List<ClaimSummary> items, long total, int page, int size) {
}
