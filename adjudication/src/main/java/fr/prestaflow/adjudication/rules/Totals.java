package fr.prestaflow.adjudication.rules;

import java.util.List;

/** Sums over every line of a claim, rejected lines included (§23). */
public record Totals(long billedCents, long amoPaidCents, long complementaryPaidCents, long patientShareCents) {

    static Totals of(List<LineResult> lines) {
        long billed = 0;
        long amo = 0;
        long complementary = 0;
        long patient = 0;
        for (LineResult line : lines) {
            billed = Math.addExact(billed, line.billedCents());
            amo = Math.addExact(amo, line.amoPaidCents());
            complementary = Math.addExact(complementary, line.complementaryPaidCents());
            patient = Math.addExact(patient, line.patientShareCents());
        }
        return new Totals(billed, amo, complementary, patient);
    }
}
