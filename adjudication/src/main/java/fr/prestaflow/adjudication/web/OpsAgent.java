package fr.prestaflow.adjudication.web;

/**
 * A handler parameter that only an ops agent or supervisor ({@code X-Role: OPS}) gets: any other caller is answered 403
 * {@code FORBIDDEN} while the arguments are resolved. Declared before the body, it refuses the call before the body
 * is even validated.
 */
public record OpsAgent() {
}
