package fr.prestaflow.identity.accounts;

/** The roles the gateway maps to routes; carried in the {@code roles} claim of access tokens. */
public enum Role {
    MEMBER,
    OPS,
    SUPERVISOR,
    INTEGRATOR
}
