package fr.prestaflow.intake.analysis;

import fr.prestaflow.contracts.care.CareCategory;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Cross-checks the care lines read from the document with what the member declared. Two independent sources that agree
 * are worth more than one; a disagreement means a human must look, whichever source is right.
 */
final class HintCheck {

    private final List<MemberHint> hints;
    private final List<ReviewIssue> issues;
    private final List<String> notes;

    HintCheck(List<MemberHint> hints, List<ReviewIssue> issues, List<String> notes) {
        this.hints = hints;
        this.issues = issues;
        this.notes = notes;
    }

    void check(List<LineDraft> drafts) {
        if (hints.isEmpty()) {
            return;
        }
        if (drafts.isEmpty()) {
            hints.forEach(hint -> notes.add("Member declared " + InvoiceAnalyser.describe(hint)));
            return;
        }
        Set<LineDraft> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        for (MemberHint hint : hints) {
            if (matched.isEmpty() && matchesTheWholeDocument(hint, drafts)) {
                checkTheWholeDocument(hint, drafts);
                matched.addAll(drafts);
                continue;
            }
            List<LineDraft> candidates = drafts.stream().filter(draft -> !matched.contains(draft)).toList();
            LineDraft best = best(hint, candidates);
            if (best == null) {
                issues.add(new ReviewIssue(Field.BILLED_AMOUNT, ReviewIssue.Kind.CONTRADICTS_MEMBER,
                        "the member declared " + InvoiceAnalyser.describe(hint)
                                + " and no line of the document matches it"));
                continue;
            }
            checkDate(hint, best);
            checkCategory(hint, best);
            checkAmount(hint, best);
            matched.add(best);
        }
        drafts.stream().filter(draft -> !matched.contains(draft))
                .forEach(draft -> notes.add("Line not declared by the member: " + draft.evidence));
    }

    /** "Optics, 420 €" for an invoice whose frame and two lenses add up to 420 €: the member gave the total. */
    private static boolean matchesTheWholeDocument(MemberHint hint, List<LineDraft> drafts) {
        long sum = drafts.stream().mapToLong(draft -> draft.billedCents).sum();
        return drafts.size() > 1 && hint.paidCents() != null && hint.paidCents() == sum;
    }

    private void checkTheWholeDocument(MemberHint hint, List<LineDraft> drafts) {
        boolean someCategoryAgrees = hint.careCategory() == null
                || drafts.stream().anyMatch(draft -> draft.category == hint.careCategory());
        for (LineDraft draft : drafts) {
            checkDate(hint, draft);
            raise(draft, Field.BILLED_AMOUNT);
            if (draft.category == hint.careCategory()) {
                checkCategory(hint, draft);
            } else if (!someCategoryAgrees) {
                checkCategory(hint, draft);
            }
        }
    }

    /** The line with most fields equal to the hint; with a single line and a single hint, that line anyway. */
    private LineDraft best(MemberHint hint, List<LineDraft> candidates) {
        if (candidates.isEmpty()) {
            return null;
        }
        LineDraft best = null;
        int bestScore = 0;
        for (LineDraft draft : candidates) {
            int score = score(hint, draft);
            if (score > bestScore) {
                best = draft;
                bestScore = score;
            }
        }
        return best == null && candidates.size() == 1 && hints.size() == 1 ? candidates.getFirst() : best;
    }

    private static int score(MemberHint hint, LineDraft draft) {
        int score = 0;
        score += hint.careDate() != null && hint.careDate().equals(draft.careDate) ? 1 : 0;
        score += hint.careCategory() != null && hint.careCategory() == draft.category ? 1 : 0;
        score += hint.paidCents() != null && hint.paidCents() == draft.billedCents ? 1 : 0;
        return score;
    }

    private void checkDate(MemberHint hint, LineDraft draft) {
        LocalDate declared = hint.careDate();
        if (declared != null) {
            compare(draft, Field.CARE_DATE, declared.equals(draft.careDate),
                    "the member declared " + declared + ", the document says " + draft.careDate);
        }
    }

    private void checkCategory(MemberHint hint, LineDraft draft) {
        CareCategory declared = hint.careCategory();
        if (declared == null) {
            return;
        }
        if (draft.categoryFromKindOnly && declared == draft.category) {
            return; // both come from the member: no independent confirmation
        }
        compare(draft, Field.CARE_CATEGORY, declared == draft.category,
                "the member declared " + declared + ", the document says " + draft.category);
    }

    private void checkAmount(MemberHint hint, LineDraft draft) {
        Long declared = hint.paidCents();
        if (declared != null) {
            compare(draft, Field.BILLED_AMOUNT, declared == draft.billedCents, "the member declared "
                    + InvoiceAnalyser.euros(declared) + ", the document says "
                    + InvoiceAnalyser.euros(draft.billedCents));
        }
    }

    private void compare(LineDraft draft, Field field, boolean agrees, String disagreement) {
        if (agrees) {
            raise(draft, field);
        } else {
            draft.set(field, Math.min(draft.confidenceOf(field), InvoiceAnalyser.CONTRADICTED_BY_MEMBER));
            issues.add(new ReviewIssue(field, ReviewIssue.Kind.CONTRADICTS_MEMBER, disagreement));
        }
    }

    private static void raise(LineDraft draft, Field field) {
        int current = draft.confidenceOf(field);
        if (current > 0) {
            draft.set(field, Math.min(98, current + InvoiceAnalyser.CONFIRMED_BY_MEMBER_BONUS));
        }
    }
}
