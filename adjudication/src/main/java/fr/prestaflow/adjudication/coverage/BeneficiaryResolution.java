package fr.prestaflow.adjudication.coverage;

/** How a claim's beneficiary reference resolved (NLF.md §8): found, or which pipeline code rejects the claim. */
public sealed interface BeneficiaryResolution {

    record Found(InsuredBeneficiary beneficiary) implements BeneficiaryResolution {
    }

    record UnknownContract() implements BeneficiaryResolution {
    }

    record UnknownBeneficiary() implements BeneficiaryResolution {
    }
}
