package fr.prestaflow.adjudication.rules;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Participation and franchise withheld so far in a quote (§4.1, §4.2): daily per practitioner (and kind, for the
 * franchise) over the claim's lines, yearly per beneficiary including what the AMO withheld earlier in the year.
 */
final class AmoCounters {

    static final long PARTICIPATION_PER_LINE_CENTS = 200;
    static final long PARTICIPATION_DAILY_CAP_CENTS = 800;
    static final long YEARLY_CAP_CENTS = 5_000;

    private record ParticipationDay(LocalDate date, String practitioner) {
    }

    private record FranchiseDay(CareCategory category, LocalDate date, String practitioner) {
    }

    private final Beneficiary beneficiary;
    private final Map<ParticipationDay, Long> participationByDay = new HashMap<>();
    private final Map<Integer, Long> participationByYear = new HashMap<>();
    private final Map<FranchiseDay, Long> franchiseByDay = new HashMap<>();
    private final Map<Integer, Long> franchiseByYear = new HashMap<>();

    AmoCounters(Beneficiary beneficiary) {
        this.beneficiary = beneficiary;
    }

    /** Caps apply daily → yearly → {@code limit}, each to what the previous ones left (§4.1). */
    long withholdParticipation(CareLine line, long limit, Set<Reason> reasons) {
        var day = new ParticipationDay(line.careDate(), CareFacts.practitionerKey(line));
        int year = line.careDate().getYear();
        long afterDaily = cap(PARTICIPATION_PER_LINE_CENTS,
                PARTICIPATION_DAILY_CAP_CENTS - participationByDay.getOrDefault(day, 0L),
                Reason.PARTICIPATION_DAILY_CAP, reasons);
        long withheldThisYear = beneficiary.participationWithheldIn(year) + participationByYear.getOrDefault(year, 0L);
        long afterYearly = cap(afterDaily, YEARLY_CAP_CENTS - withheldThisYear, Reason.PARTICIPATION_YEARLY_CAP,
                reasons);
        long withheld = Math.min(afterYearly, limit);
        participationByDay.merge(day, withheld, Long::sum);
        participationByYear.merge(year, withheld, Long::sum);
        return withheld;
    }

    long withholdFranchise(CareLine line, FranchiseRate rate, long limit, Set<Reason> reasons) {
        var day = new FranchiseDay(line.careCategory(), line.careDate(), CareFacts.practitionerKey(line));
        int year = line.careDate().getYear();
        long amount = Math.multiplyExact(rate.unitCents(), line.quantity());
        long afterDaily = rate.dailyCapCents().isPresent()
                ? cap(amount, rate.dailyCapCents().getAsLong() - franchiseByDay.getOrDefault(day, 0L),
                        Reason.FRANCHISE_DAILY_CAP, reasons)
                : amount;
        long withheldThisYear = beneficiary.franchiseWithheldIn(year) + franchiseByYear.getOrDefault(year, 0L);
        long afterYearly = cap(afterDaily, YEARLY_CAP_CENTS - withheldThisYear, Reason.FRANCHISE_YEARLY_CAP, reasons);
        long withheld = Math.min(afterYearly, limit);
        franchiseByDay.merge(day, withheld, Long::sum);
        franchiseByYear.merge(year, withheld, Long::sum);
        return withheld;
    }

    /** A cap's reason is added when it cuts a positive amount, also down to 0 (§4.1 "Several caps on one line"). */
    private static long cap(long amount, long room, Reason reason, Set<Reason> reasons) {
        long capped = Math.min(amount, Math.max(0, room));
        if (amount > 0 && capped < amount) {
            reasons.add(reason);
        }
        return capped;
    }
}
