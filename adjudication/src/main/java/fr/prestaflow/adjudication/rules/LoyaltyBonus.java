package fr.prestaflow.adjudication.rules;

/** After this many years of membership the yearly ceiling of the guarantee is lifted (REIMBURSEMENT_RULES.md §17). */
public record LoyaltyBonus(int afterYears) {

    public LoyaltyBonus {
        if (afterYears < 1) {
            throw new IllegalArgumentException("afterYears must be at least 1");
        }
    }
}
