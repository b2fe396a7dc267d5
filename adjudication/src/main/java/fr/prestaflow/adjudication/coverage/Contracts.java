package fr.prestaflow.adjudication.coverage;

import fr.prestaflow.adjudication.coverage.ContractDocument.ExemptionPeriod;
import fr.prestaflow.adjudication.coverage.ContractDocument.Insured;
import fr.prestaflow.adjudication.web.ErrorCode;
import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.identity.Nir;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Contracts and beneficiaries: what ops maintain, and what claims resolve their beneficiary against (NLF.md §8). */
@Service
public class Contracts {

    private static final Logger log = LoggerFactory.getLogger(Contracts.class);

    private final ContractRepository repository;
    private final PlanRegistry plans;

    Contracts(ContractRepository repository, PlanRegistry plans) {
        this.repository = repository;
        this.plans = plans;
    }

    /** Creates or replaces the contract; true when it was created. The same document twice changes nothing more. */
    @Transactional
    public boolean put(String number, ContractDocument contract) {
        check(number, contract);
        boolean created = repository.upsert(number, contract);
        repository.replaceBeneficiaries(number, contract.beneficiaries());
        log.info("Contract {} {} under plan {} with {} beneficiaries", number, created ? "created" : "replaced",
                contract.planId(), contract.beneficiaries().size());
        return created;
    }

    @Transactional(readOnly = true)
    public Optional<ContractDocument> find(String number) {
        return repository.find(number);
    }

    @Transactional(readOnly = true)
    public boolean exists(String number) {
        return repository.exists(number);
    }

    /**
     * The beneficiary a claim is for: the contract by number, then the active beneficiary by NIR (by rank when the
     * claim has no NIR), whose birth date must be the claim's when the claim gives one.
     */
    @Transactional(readOnly = true)
    public BeneficiaryResolution resolve(BeneficiaryRef ref) {
        if (!repository.exists(ref.contractNumber())) {
            return new BeneficiaryResolution.UnknownContract();
        }
        if (ref.nir() == null && ref.rank() == null) {
            return new BeneficiaryResolution.UnknownBeneficiary();
        }
        return found(ref, repository.findActive(ref.contractNumber(), ref.nir(), ref.rank()));
    }

    /**
     * Resolves the beneficiaries of many claims as {@link #resolve} does, from the contracts and active beneficiaries
     * read once: for a poll of claims adjudicated in one transaction, after their beneficiaries were locked.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Function<BeneficiaryRef, BeneficiaryResolution> resolver(Collection<String> contractNumbers) {
        Set<String> existing = new HashSet<>(repository.existing(contractNumbers));
        Map<String, List<InsuredBeneficiary>> active = repository.activeOf(contractNumbers).stream()
                .collect(Collectors.groupingBy(InsuredBeneficiary::contractNumber));
        return ref -> {
            if (!existing.contains(ref.contractNumber())) {
                return new BeneficiaryResolution.UnknownContract();
            }
            if (ref.nir() == null && ref.rank() == null) {
                return new BeneficiaryResolution.UnknownBeneficiary();
            }
            return found(ref, active.getOrDefault(ref.contractNumber(), List.of()).stream()
                    .filter(b -> ref.nir() != null ? ref.nir().equals(b.nir()) : ref.rank().equals(b.rank()))
                    .findFirst());
        };
    }

    /** The claim's birth date, when it gives one, must be the beneficiary's. */
    private static BeneficiaryResolution found(BeneficiaryRef ref, Optional<InsuredBeneficiary> candidate) {
        return candidate
                .filter(found -> ref.birthDate() == null || ref.birthDate().equals(found.birthDate()))
                .<BeneficiaryResolution>map(BeneficiaryResolution.Found::new)
                .orElseGet(BeneficiaryResolution.UnknownBeneficiary::new);
    }

    /**
     * Locks the beneficiaries' rows until the caller's transaction ends, in id order. Whoever reads a beneficiary's
     * consumption to spend it holds this lock first: two claims never both spend the last euros of a ceiling (§16).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(List<Long> beneficiaryIds) {
        repository.lock(beneficiaryIds);
    }

    /** Every beneficiary of these contracts, active or not. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> beneficiaryIdsOf(Collection<String> contractNumbers) {
        return repository.beneficiaryIdsOf(contractNumbers);
    }

    /** The beneficiary as it is now; read after {@link #lock} to see what a concurrent update committed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public InsuredBeneficiary reload(long beneficiaryId) {
        return repository.findById(beneficiaryId).orElseThrow();
    }

    private void check(String number, ContractDocument contract) {
        if (contract.contractNumber() != null && !contract.contractNumber().equals(number)) {
            throw ErrorCode.CONTRACT_NUMBER_MISMATCH.exception("The body names contract " + contract.contractNumber()
                    + ", the URL " + number);
        }
        List<Insured> beneficiaries = contract.beneficiaries();
        for (int i = 0; i < beneficiaries.size(); i++) {
            checkNir(beneficiaries.get(i).nir(), "beneficiaries[" + i + "].nir");
        }
        if (contract.endDate() != null && contract.endDate().isBefore(contract.startDate())) {
            throw ErrorCode.INVALID_DATES.exception("endDate is before startDate", Map.of("field", "endDate"));
        }
        for (int i = 0; i < beneficiaries.size(); i++) {
            List<ExemptionPeriod> exemptions = beneficiaries.get(i).exemptions();
            for (int j = 0; j < exemptions.size(); j++) {
                ExemptionPeriod period = exemptions.get(j);
                if (period.from() != null && period.to() != null && period.to().isBefore(period.from())) {
                    throw ErrorCode.INVALID_DATES.exception("An exemption ends before it starts",
                            Map.of("field", "beneficiaries[" + i + "].exemptions[" + j + "].to"));
                }
            }
        }
        Set<Integer> ranks = new HashSet<>();
        Set<String> nirs = new HashSet<>();
        for (int i = 0; i < beneficiaries.size(); i++) {
            Insured insured = beneficiaries.get(i);
            if (!ranks.add(insured.rank())) {
                throw ErrorCode.DUPLICATE_BENEFICIARY.exception("Rank " + insured.rank() + " appears twice",
                        Map.of("field", "beneficiaries[" + i + "].rank"));
            }
            if (!nirs.add(insured.nir())) {
                throw ErrorCode.DUPLICATE_BENEFICIARY.exception("The same NIR appears twice",
                        Map.of("field", "beneficiaries[" + i + "].nir"));
            }
        }
        if (!plans.exists(contract.planId())) {
            throw ErrorCode.UNKNOWN_PLAN.exception("No plan " + contract.planId(), Map.of("field", "planId"));
        }
    }

    /** The detail never echoes the NIR: it says whether the format or the key is wrong. */
    private static void checkNir(String nir, String field) {
        try {
            new Nir(nir);
        } catch (IllegalArgumentException e) {
            boolean keyMismatch = e.getMessage().contains("key mismatch");
            throw ErrorCode.INVALID_NIR.exception(keyMismatch
                            ? "The NIR's key does not match its first 13 characters"
                            : "A NIR is 13 characters (département 2A/2B allowed) followed by a 2-digit key",
                    Map.of("field", field, "reason", keyMismatch ? "KEY" : "FORMAT"));
        }
    }
}
