package fr.prestaflow.adjudication.rules;

/** What the AMO already withheld from the beneficiary this year; the yearly caps of quotes count it (§4.1, §4.2). */
public record AmoWithheldYearToDate(int year, long participationCents, long franchiseCents) {

    public AmoWithheldYearToDate {
        Amounts.requireNonNegative(participationCents, "participationCents");
        Amounts.requireNonNegative(franchiseCents, "franchiseCents");
    }
}
