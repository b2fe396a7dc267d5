package fr.prestaflow.adjudication.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** The options any guarantee type may carry: a yearly ceiling, a renewal period and a loyalty bonus. */
public record GuaranteeTerms(OptionalLong yearlyCeilingCents, Optional<Renewal> renewal,
                             Optional<LoyaltyBonus> loyaltyBonus) {

    public static final GuaranteeTerms NONE = new GuaranteeTerms(OptionalLong.empty(), Optional.empty(),
            Optional.empty());

    public GuaranteeTerms {
        Objects.requireNonNull(yearlyCeilingCents, "yearlyCeilingCents");
        Objects.requireNonNull(renewal, "renewal");
        Objects.requireNonNull(loyaltyBonus, "loyaltyBonus");
        yearlyCeilingCents.ifPresent(cents -> Amounts.requireNonNegative(cents, "yearlyCeilingCents"));
    }

    public static GuaranteeTerms yearlyCeiling(long cents) {
        return new GuaranteeTerms(OptionalLong.of(cents), Optional.empty(), Optional.empty());
    }

    public static GuaranteeTerms renewedEvery(Renewal renewal) {
        return new GuaranteeTerms(OptionalLong.empty(), Optional.of(renewal), Optional.empty());
    }

    public GuaranteeTerms withLoyaltyBonus(LoyaltyBonus bonus) {
        return new GuaranteeTerms(yearlyCeilingCents, renewal, Optional.of(bonus));
    }
}
