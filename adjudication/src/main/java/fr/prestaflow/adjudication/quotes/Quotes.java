package fr.prestaflow.adjudication.quotes;

import fr.prestaflow.adjudication.coverage.BeneficiaryResolution;
import fr.prestaflow.adjudication.coverage.ConsumptionHistory;
import fr.prestaflow.adjudication.coverage.Contracts;
import fr.prestaflow.adjudication.coverage.Coverage;
import fr.prestaflow.adjudication.coverage.InsuredBeneficiary;
import fr.prestaflow.adjudication.rules.AdjudicationEngine;
import fr.prestaflow.adjudication.rules.AmoWithheldYearToDate;
import fr.prestaflow.adjudication.rules.ClaimResult;
import fr.prestaflow.adjudication.rules.Reason;
import fr.prestaflow.adjudication.rules.RejectionCode;
import fr.prestaflow.adjudication.web.ErrorCode;
import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.money.Money;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quote simulation (channel QUOTE): the same rules, under the beneficiary's plan and current consumption, with the AMO
 * amounts computed; nothing is consumed or stored (REIMBURSEMENT_RULES.md §1).
 */
@Service
class Quotes {

    private final Contracts contracts;
    private final ConsumptionHistory consumption;
    private final Coverage coverage;
    private final AdjudicationEngine engine;

    Quotes(Contracts contracts, ConsumptionHistory consumption, Coverage coverage, AdjudicationEngine engine) {
        this.contracts = contracts;
        this.consumption = consumption;
        this.coverage = coverage;
        this.engine = engine;
    }

    @Transactional(readOnly = true)
    public QuoteView quote(QuoteRequest request) {
        InsuredBeneficiary beneficiary = beneficiary(request);
        List<CareLine> lines = request.lines().stream().map(QuoteRequest.Line::toCareLine).toList();
        Optional<AmoWithheldYearToDate> withheld = Optional.ofNullable(request.amoWithheldYearToDate())
                .map(w -> new AmoWithheldYearToDate(w.year(), orZero(w.participationCents()), orZero(w.franchiseCents())));
        ClaimResult result = engine.adjudicate(coverage.input(beneficiary, consumption.historyOf(beneficiary.id()),
                Channel.QUOTE, request.visionChange(), lines, withheld));
        List<QuoteView.Line> quoted = result.lines().stream()
                .map(line -> new QuoteView.Line(line.lineNumber(), Money.ofCents(line.billedCents()),
                        Money.ofCents(line.amoPaidCents()), Money.ofCents(line.complementaryPaidCents()),
                        Money.ofCents(line.patientShareCents()), line.reasons().stream().map(Reason::name).toList(),
                        line.rejectionCode().map(RejectionCode::name).orElse(null)))
                .toList();
        var totals = new QuoteView.Totals(Money.ofCents(result.totals().billedCents()),
                Money.ofCents(result.totals().amoPaidCents()), Money.ofCents(result.totals().complementaryPaidCents()),
                Money.ofCents(result.totals().patientShareCents()));
        return new QuoteView(beneficiary.contractNumber(), beneficiary.rank(), beneficiary.planId(),
                coverage.planVersion(beneficiary.planId(), lines), quoted, totals);
    }

    private InsuredBeneficiary beneficiary(QuoteRequest request) {
        var ref = new BeneficiaryRef(request.contractNumber(), request.nir(), null,
                request.nir() == null ? request.beneficiaryRank() : null);
        return switch (contracts.resolve(ref)) {
            case BeneficiaryResolution.Found found -> {
                if (request.nir() != null && request.beneficiaryRank() != null
                        && found.beneficiary().rank() != request.beneficiaryRank()) {
                    throw beneficiaryNotFound(request);
                }
                yield found.beneficiary();
            }
            case BeneficiaryResolution.UnknownContract unknown ->
                    throw ErrorCode.CONTRACT_NOT_FOUND.exception("No contract " + request.contractNumber());
            case BeneficiaryResolution.UnknownBeneficiary unknown -> throw beneficiaryNotFound(request);
        };
    }

    private static long orZero(Long cents) {
        return cents == null ? 0 : cents;
    }

    private static RuntimeException beneficiaryNotFound(QuoteRequest request) {
        return ErrorCode.BENEFICIARY_NOT_FOUND.exception("No such beneficiary on contract " + request.contractNumber());
    }
}
