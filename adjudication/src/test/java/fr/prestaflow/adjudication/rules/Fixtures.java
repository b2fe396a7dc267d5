package fr.prestaflow.adjudication.rules;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.care.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Small builders for rule tests: plans, care lines and claims with sensible defaults. */
final class Fixtures {

    static final LocalDate DAY = LocalDate.of(2025, 6, 2);
    static final LocalDate ADULT_BIRTH = LocalDate.of(1980, 4, 12);
    static final String RPPS = "10003456789";

    private Fixtures() {
    }

    // ----- plans

    static PlanBuilder plan() {
        return new PlanBuilder();
    }

    static Guarantee percent(int percent) {
        return new Guarantee.PercentOfBase(new PercentLevels.Single(percent), GuaranteeTerms.NONE);
    }

    static Guarantee percent(int percent, GuaranteeTerms terms) {
        return new Guarantee.PercentOfBase(new PercentLevels.Single(percent), terms);
    }

    static Guarantee percentByOptam(int optam, int nonOptam) {
        return new Guarantee.PercentOfBase(new PercentLevels.ByOptam(optam, nonOptam), GuaranteeTerms.NONE);
    }

    static Guarantee perUnit(long amount, int maxUnitsPerYear) {
        return new Guarantee.FixedPerUnit(amount, OptionalInt.of(maxUnitsPerYear), GuaranteeTerms.NONE);
    }

    static Guarantee lenses(long simple, long complex, long veryComplex, Renewal renewal) {
        return new Guarantee.FixedPerLensByClass(Map.of(LensClass.SIMPLE, simple, LensClass.COMPLEX, complex,
                LensClass.VERY_COMPLEX, veryComplex), GuaranteeTerms.renewedEvery(renewal));
    }

    static Renewal opticsRenewal(RenewalUnit per) {
        return new Renewal(2, OptionalInt.of(1), OptionalInt.of(1), per);
    }

    static final class PlanBuilder {
        private final Map<CareCategory, Guarantee> coverage = new EnumMap<>(CareCategory.class);
        private boolean responsible = true;

        PlanBuilder() {
            for (CareCategory category : CareCategory.values()) {
                coverage.put(category, new Guarantee.None(GuaranteeTerms.NONE));
            }
        }

        PlanBuilder with(CareCategory category, Guarantee guarantee) {
            coverage.put(category, guarantee);
            return this;
        }

        PlanBuilder notResponsible() {
            responsible = false;
            return this;
        }

        Plan build() {
            return new Plan("TEST", "Test plan", 1, LocalDate.of(2000, 1, 1), responsible, coverage);
        }
    }

    // ----- care lines

    static LineBuilder line(int lineNumber, CareCategory category) {
        return new LineBuilder(lineNumber, category);
    }

    static final class LineBuilder {
        private final int lineNumber;
        private final CareCategory category;
        private LocalDate careDate = DAY;
        private String actCode = "ACT";
        private String practitionerId = RPPS;
        private Boolean optam = true;
        private int quantity = 1;
        private long billed;
        private long base;
        private int rate;
        private Long amoPaid = 0L;
        private Long participation = 0L;
        private Long franchise = 0L;
        private Basket basket;
        private Side side;

        LineBuilder(int lineNumber, CareCategory category) {
            this.lineNumber = lineNumber;
            this.category = category;
        }

        LineBuilder on(LocalDate date) {
            careDate = date;
            return this;
        }

        LineBuilder act(String code) {
            actCode = code;
            return this;
        }

        LineBuilder practitioner(String id) {
            practitionerId = id;
            return this;
        }

        LineBuilder optam(Boolean value) {
            optam = value;
            return this;
        }

        LineBuilder quantity(int value) {
            quantity = value;
            return this;
        }

        LineBuilder billed(long cents) {
            billed = cents;
            return this;
        }

        /** Base and rate; billed defaults to the base when not set yet. */
        LineBuilder base(long cents, int ratePercent) {
            base = cents;
            rate = ratePercent;
            if (billed == 0) {
                billed = cents;
            }
            return this;
        }

        /** What the AMO statement reports. */
        LineBuilder amo(long paid, long participationCents, long franchiseCents) {
            amoPaid = paid;
            participation = participationCents;
            franchise = franchiseCents;
            return this;
        }

        /** A quote line: the AMO amounts are absent and the engine computes them. */
        LineBuilder quote() {
            amoPaid = null;
            participation = null;
            franchise = null;
            return this;
        }

        LineBuilder basket(Basket value) {
            basket = value;
            return this;
        }

        LineBuilder side(Side value) {
            side = value;
            return this;
        }

        CareLine build() {
            return new CareLine(lineNumber, careDate, category, actCode, practitionerId, optam, quantity, billed, base,
                    rate, amoPaid, participation, franchise, basket, side);
        }
    }

    // ----- claims

    static ClaimBuilder claim(Plan plan) {
        return new ClaimBuilder(plan);
    }

    static final class ClaimBuilder {
        private final Plan plan;
        private ContractDates contract = ContractDates.from(LocalDate.of(2020, 1, 1));
        private Beneficiary beneficiary = Beneficiary.bornOn(ADULT_BIRTH);
        private final List<HistoryLine> history = new ArrayList<>();
        private Channel channel = Channel.NOEMIE;
        private boolean visionChange;
        private final List<CareLine> lines = new ArrayList<>();

        ClaimBuilder(Plan plan) {
            this.plan = plan;
        }

        ClaimBuilder contract(ContractDates value) {
            contract = value;
            return this;
        }

        ClaimBuilder beneficiary(Beneficiary value) {
            beneficiary = value;
            return this;
        }

        ClaimBuilder bornOn(LocalDate birthDate) {
            beneficiary = new Beneficiary(birthDate, beneficiary.exemptions(), beneficiary.amoWithheldYearToDate());
            return this;
        }

        ClaimBuilder history(HistoryLine... more) {
            history.addAll(List.of(more));
            return this;
        }

        ClaimBuilder quote() {
            channel = Channel.QUOTE;
            return this;
        }

        ClaimBuilder upload() {
            channel = Channel.UPLOAD;
            return this;
        }

        ClaimBuilder visionChangeJustified() {
            visionChange = true;
            return this;
        }

        ClaimBuilder line(LineBuilder line) {
            lines.add(line.build());
            return this;
        }

        ClaimInput input() {
            return new ClaimInput(PlanVersions.of(plan), contract, beneficiary, history, channel, visionChange, lines);
        }

        ClaimResult adjudicate() {
            return new AdjudicationEngine().adjudicate(input());
        }

        /** Adjudicates and returns line {@code n}. */
        LineResult adjudicateLine(int lineNumber) {
            return adjudicate().line(lineNumber).orElseThrow();
        }
    }
}
