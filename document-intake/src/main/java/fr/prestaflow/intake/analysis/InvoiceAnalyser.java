package fr.prestaflow.intake.analysis;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.intake.analysis.ExtractedText.ExtractionStatus;
import fr.prestaflow.intake.analysis.ExtractedText.TextSource;
import fr.prestaflow.intake.analysis.InvoiceReader.AmountSeen;
import fr.prestaflow.intake.analysis.InvoiceReader.DateRole;
import fr.prestaflow.intake.analysis.InvoiceReader.DateSeen;
import fr.prestaflow.intake.analysis.InvoiceReader.Evidence;
import fr.prestaflow.intake.analysis.InvoiceReader.Item;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the text of a member's document into proposed care lines, with a confidence per field. Conservative by design:
 * the result is {@link InvoiceAnalysis#confident() confident} only when date, amount and care category of every line
 * were found unambiguously (and the base, AMO amount or practitioner id where adjudication needs them); anything else
 * goes to review with the list of what is missing. Text read by OCR is never trusted alone: it needs the member's
 * declaration (a {@link MemberHint}) to agree. Pure Java, stateless, thread-safe.
 */
public final class InvoiceAnalyser {

    /** What OCR-read values are worth on their own: below the confidence threshold, so a human or the member confirms. */
    static final int OCR_CAP = 75;
    /**
     * The values OCR misreads silently (a 1 for a 7 is still a date or an amount). Identifiers are not capped: they are
     * kept only when well-formed after their label, and adjudication checks nothing more than their form.
     */
    private static final Set<Field> OCR_CAPPED = EnumSet.of(Field.CARE_DATE, Field.CARE_CATEGORY,
            Field.BILLED_AMOUNT, Field.BASE_AMOUNT, Field.AMO_RATE, Field.AMO_PAID, Field.PARTICIPATION,
            Field.FRANCHISE);
    static final int CONFIRMED_BY_MEMBER_BONUS = 25;
    static final int CONTRADICTED_BY_MEMBER = 30;
    /** Care older than this is time-barred (2 years) with some slack; older dates are birth dates or history. */
    private static final int MAX_CARE_AGE_YEARS = 3;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Set<CareCategory> NEED_BASE =
            EnumSet.of(CareCategory.OPTICS_FRAME, CareCategory.OPTICS_LENS, CareCategory.HEARING_AID);

    private final Clock clock;

    public InvoiceAnalyser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Analyses extracted text; an incomplete extraction (OCR unavailable, failed...) always ends in review. */
    public InvoiceAnalysis analyse(ExtractedText text, DocumentKind kind, List<MemberHint> hints) {
        Objects.requireNonNull(text, "text");
        if (text.text().isBlank()) {
            ReviewIssue notRead = new ReviewIssue(Field.TEXT, ReviewIssue.Kind.NOT_READ, text.detail());
            return new InvoiceAnalysis(kind, List.of(), emptyFields(), 0, List.of(notRead), hintNotes(hints));
        }
        boolean ocr = text.source() == TextSource.OCR || text.source() == TextSource.PDF_TEXT_AND_OCR;
        List<ReviewIssue> upfront = text.status() == ExtractionStatus.COMPLETE ? List.of()
                : List.of(new ReviewIssue(Field.TEXT, ReviewIssue.Kind.NOT_READ, text.detail()));
        return analyse(text.text(), kind, hints, ocr, upfront);
    }

    /** Analyses text from a PDF text layer (or any text known to be exact, e.g. in tests). */
    public InvoiceAnalysis analyse(String text, DocumentKind kind, List<MemberHint> hints) {
        return analyse(text, kind, hints, false, List.of());
    }

    private InvoiceAnalysis analyse(String text, DocumentKind kind, List<MemberHint> hints, boolean ocr,
                                    List<ReviewIssue> upfront) {
        Objects.requireNonNull(kind, "kind");
        List<MemberHint> memberHints = List.copyOf(hints == null ? List.of() : hints);
        Evidence evidence = InvoiceReader.read(text);
        Analysis analysis = new Analysis(evidence, kind, memberHints);
        analysis.issues.addAll(upfront);
        if (ocr) {
            analysis.notes.add("Text read by OCR: values are capped at " + OCR_CAP
                    + " unless the member's declaration confirms them");
        }
        List<LineDraft> drafts = analysis.drafts();
        if (ocr) {
            drafts.forEach(draft -> draft.confidence.replaceAll(
                    (field, value) -> OCR_CAPPED.contains(field) ? Math.min(value, OCR_CAP) : value));
        }
        new HintCheck(memberHints, analysis.issues, analysis.notes).check(drafts);
        drafts.forEach(analysis::requireSureEnough);
        List<AnalysedLine> lines = new ArrayList<>();
        for (LineDraft draft : drafts) {
            lines.add(draft.toLine(lines.size() + 1));
        }
        int confidence = lines.isEmpty() ? 0 : drafts.stream().mapToInt(analysis::essentialConfidence).min().orElse(0);
        List<ReviewIssue> issues = analysis.issues.stream().distinct().toList();
        if (!issues.isEmpty()) {
            confidence = Math.min(confidence, InvoiceAnalysis.REVIEW_CAP);
        }
        return new InvoiceAnalysis(kind, lines, Fields.of(evidence, analysis.window()), confidence, issues,
                analysis.notes.stream().distinct().toList());
    }

    private static List<String> hintNotes(List<MemberHint> hints) {
        return hints == null ? List.of() : hints.stream().map(hint -> "Member declared " + describe(hint)).toList();
    }

    static String describe(MemberHint hint) {
        List<String> parts = new ArrayList<>();
        if (hint.careDate() != null) {
            parts.add(hint.careDate().format(FRENCH_DATE));
        }
        if (hint.careCategory() != null) {
            parts.add(hint.careCategory().name());
        }
        if (hint.paidCents() != null) {
            parts.add(euros(hint.paidCents()));
        }
        return String.join(", ", parts);
    }

    static String euros(long cents) {
        return String.format("%d,%02d €", cents / 100, cents % 100);
    }

    private static ExtractedFields emptyFields() {
        return new ExtractedFields(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    /** The dates a care line can have: not in the future, not older than a claim can be. */
    record Window(LocalDate from, LocalDate to) {

        boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    /** One analysis run: the evidence, the decisions taken so far, the issues and notes they raised. */
    private final class Analysis {

        private final Evidence evidence;
        private final DocumentKind kind;
        private final List<MemberHint> hints;
        private final List<ReviewIssue> issues = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        Analysis(Evidence evidence, DocumentKind kind, List<MemberHint> hints) {
            this.evidence = evidence;
            this.kind = kind;
            this.hints = hints;
        }

        Window window() {
            LocalDate today = LocalDate.now(clock);
            return new Window(today.minusYears(MAX_CARE_AGE_YEARS), today);
        }

        List<LineDraft> drafts() {
            Pick<LocalDate> careDate = careDate();
            Pick<CareCategory> category = category();
            List<LineDraft> drafts = evidence.items().isEmpty() ? singleLine(careDate, category)
                    : itemLines(careDate, category);
            if (drafts.isEmpty()) {
                return drafts;
            }
            Pick<String> practitioner = practitionerId();
            for (LineDraft draft : drafts) {
                if (practitioner.present()) {
                    draft.practitionerId = practitioner.value();
                    draft.set(Field.PRACTITIONER_ID, practitioner.confidence());
                }
                if (draft.category == CareCategory.ALTERNATIVE_MEDICINE && !practitioner.present()) {
                    practitioner.problem().ifPresent(issues::add);
                }
                completeAmo(draft, drafts.size() == 1);
                completeOptics(draft);
            }
            return drafts;
        }

        // ---- care date ---------------------------------------------------------------------------------------

        private Pick<LocalDate> careDate() {
            Window window = window();
            for (DateSeen seen : evidence.dates()) {
                if (seen.role() != DateRole.EXCLUDED && !window.contains(seen.date())) {
                    notes.add("Date " + seen.date().format(FRENCH_DATE) + " ignored as a care date ("
                            + (seen.date().isAfter(window.to()) ? "in the future" : "too old") + "): "
                            + seen.line().evidence());
                }
            }
            for (DateRole role : List.of(DateRole.CARE, DateRole.ITEM, DateRole.INVOICE, DateRole.NEUTRAL)) {
                List<DateSeen> seen = evidence.dates().stream()
                        .filter(date -> date.role() == role && window.contains(date.date())).toList();
                Set<LocalDate> distinct = seen.stream().map(DateSeen::date).collect(Collectors.toCollection(LinkedHashSet::new));
                if (distinct.size() == 1) {
                    return Pick.of(distinct.iterator().next(), dateConfidence(role), seen.getFirst().line().evidence());
                }
                if (distinct.size() > 1) {
                    return resolveWithHints(distinct, hints.stream().map(MemberHint::careDate).toList(),
                            Field.CARE_DATE, "several care dates: " + distinct.stream()
                                    .map(date -> date.format(FRENCH_DATE)).collect(Collectors.joining(", ")));
                }
            }
            return Pick.missing(Field.CARE_DATE, "no care date found in the document");
        }

        private static int dateConfidence(DateRole role) {
            return switch (role) {
                case CARE -> 90;
                case ITEM -> 85;
                case INVOICE -> 70; // an invoice date is usually, not always, the care date
                case NEUTRAL -> 55;
                case EXCLUDED -> 0;
            };
        }

        /**
         * Among several values read, the one the member declared is a reasonable guess to prefill the review with;
         * even confirmed by the same declaration (+25) it stays below the threshold: the document itself is ambiguous.
         */
        private <T> Pick<T> resolveWithHints(Collection<T> candidates, List<T> declared, Field field, String detail) {
            Set<T> matching = declared.stream().filter(Objects::nonNull).filter(candidates::contains)
                    .collect(Collectors.toSet());
            if (matching.size() == 1 && hints.size() == 1) {
                T chosen = matching.iterator().next();
                notes.add(field + ": " + detail + "; kept the one the member declared");
                return Pick.of(chosen, 50, "chosen by the member's declaration");
            }
            return Pick.ambiguous(candidates.iterator().next(), field, detail);
        }

        // ---- care category -----------------------------------------------------------------------------------

        private Pick<CareCategory> category() {
            Set<CareCategory> seen = new LinkedHashSet<>(evidence.categories().keySet());
            evidence.actCodes().keySet().forEach(code -> CareKeywords.categoryOfActCode(code).ifPresent(seen::add));
            Set<CareCategory> allowed = seen.stream().filter(kind::allows)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            boolean specificKind = kind.categories().size() <= 3;
            if (allowed.size() == 1) {
                CareCategory category = allowed.iterator().next();
                if (seen.size() > 1) {
                    notes.add("The text also mentions " + without(seen, category));
                }
                return Pick.of(category, specificKind ? 90 : 85, categoryEvidence(category));
            }
            if (allowed.size() > 1) {
                return resolveWithHints(allowed, hints.stream().map(MemberHint::careCategory).toList(),
                        Field.CARE_CATEGORY, "the document speaks of " + allowed);
            }
            if (!seen.isEmpty()) {
                return new Pick<>(seen.iterator().next(), 25, categoryEvidence(seen.iterator().next()),
                        new ReviewIssue(Field.CARE_CATEGORY, ReviewIssue.Kind.CONTRADICTS_MEMBER,
                                "the member chose '" + kind.label() + "' but the document speaks of " + seen));
            }
            CareCategory sole = kind.soleCategory();
            if (sole != null) {
                return new Pick<>(sole, 75, "document type chosen by the member: " + kind.label(), null);
            }
            return Pick.missing(Field.CARE_CATEGORY, "no word of the document tells the kind of care");
        }

        private String categoryEvidence(CareCategory category) {
            FrenchText.Line line = evidence.categories().get(category);
            if (line != null) {
                return line.evidence();
            }
            return evidence.actCodes().entrySet().stream()
                    .filter(entry -> CareKeywords.categoryOfActCode(entry.getKey()).orElse(null) == category)
                    .map(entry -> entry.getValue().evidence()).findFirst().orElse("");
        }

        private static String without(Set<CareCategory> categories, CareCategory kept) {
            return categories.stream().filter(category -> category != kept).map(Enum::name)
                    .collect(Collectors.joining(", "));
        }

        // ---- one line for the whole document ----------------------------------------------------------------

        private List<LineDraft> singleLine(Pick<LocalDate> careDate, Pick<CareCategory> category) {
            Pick<Long> billed = documentBilled();
            careDate.problem().ifPresent(issues::add);
            category.problem().ifPresent(issues::add);
            billed.problem().ifPresent(issues::add);
            if (!careDate.present() || !category.present() || !billed.present()) {
                return new ArrayList<>();
            }
            LineDraft draft = new LineDraft(billed.evidence());
            draft.careDate = careDate.value();
            draft.set(Field.CARE_DATE, careDate.confidence());
            setCategory(draft, category);
            draft.billedCents = billed.value();
            draft.billedFound = true;
            draft.set(Field.BILLED_AMOUNT, billed.confidence());
            actCode(draft, null);
            List<LineDraft> drafts = new ArrayList<>();
            drafts.add(draft);
            return drafts;
        }

        private void setCategory(LineDraft draft, Pick<CareCategory> category) {
            draft.category = category.value();
            draft.set(Field.CARE_CATEGORY, category.confidence());
            draft.categoryFromKindOnly = category.evidence().startsWith("document type chosen");
        }

        /** The amount charged when no item lines are visible: the total, else the one fee, else the one euro amount. */
        private Pick<Long> documentBilled() {
            List<AmountSeen> totals = positive(evidence.labelled(AmountLabel.TOTAL));
            List<AmountSeen> fees = positive(evidence.labelled(AmountLabel.FEE));
            List<AmountSeen> unlabelled = positive(evidence.labelled(AmountLabel.NONE));
            List<Long> tableTotals = evidence.tableTotals().stream().map(Item::billed).filter(Objects::nonNull).toList();
            if (!tableTotals.isEmpty()) {
                return choose(tableTotals.stream().map(cents -> new AmountSeen(cents, AmountLabel.TOTAL,
                        evidence.tableTotals().getFirst().line(), true)).toList(), 90);
            }
            for (List<AmountSeen> group : List.of(alone(totals, true), alone(fees, true))) {
                if (!group.isEmpty()) {
                    return choose(group, group.getFirst().label() == AmountLabel.TOTAL ? 90 : 80);
                }
            }
            for (List<AmountSeen> group : List.of(alone(totals, false), alone(fees, false), unlabelled)) {
                if (!group.isEmpty()) {
                    return choose(group, 55);
                }
            }
            return Pick.missing(Field.BILLED_AMOUNT, "no amount paid (total, honoraires, frais réels) found");
        }

        /** Nobody claims for 0 €: a zero is a misread ("60 00 €" read as 60 and 00 €) or an empty cell. */
        private static List<AmountSeen> positive(List<AmountSeen> amounts) {
            return amounts.stream().filter(amount -> amount.cents() > 0).toList();
        }

        private static List<AmountSeen> alone(List<AmountSeen> amounts, boolean alone) {
            return amounts.stream().filter(amount -> amount.alone() == alone).toList();
        }

        private Pick<Long> choose(List<AmountSeen> group, int confidence) {
            Set<Long> distinct = group.stream().map(AmountSeen::cents).collect(Collectors.toCollection(LinkedHashSet::new));
            if (distinct.size() == 1) {
                return Pick.of(distinct.iterator().next(), confidence, group.getFirst().line().evidence());
            }
            return resolveWithHints(distinct, hints.stream().map(MemberHint::paidCents).toList(), Field.BILLED_AMOUNT,
                    "several amounts could be the amount paid: " + distinct.stream().map(InvoiceAnalyser::euros)
                            .collect(Collectors.joining(", ")));
        }

        // ---- one line per item ------------------------------------------------------------------------------

        private List<LineDraft> itemLines(Pick<LocalDate> careDate, Pick<CareCategory> category) {
            List<Item> items = evidence.items();
            int amountConfidence = itemAmountConfidence(items);
            List<LineDraft> drafts = new ArrayList<>();
            boolean reportedDate = false;
            boolean reportedCategory = false;
            for (Item item : items) {
                LineDraft draft = new LineDraft(item.line().evidence());
                if (item.date() != null && window().contains(item.date())) {
                    draft.careDate = item.date();
                    draft.set(Field.CARE_DATE, item.fromTable() ? 85 : 80);
                } else if (careDate.present()) {
                    draft.careDate = careDate.value();
                    draft.set(Field.CARE_DATE, careDate.confidence());
                    if (!reportedDate) {
                        careDate.problem().ifPresent(issues::add);
                        reportedDate = true;
                    }
                } else if (!reportedDate) {
                    careDate.problem().ifPresent(issues::add);
                    reportedDate = true;
                }
                Pick<CareCategory> itemCategory = itemCategory(item, category);
                if (itemCategory.present()) {
                    setCategory(draft, itemCategory);
                }
                if (itemCategory.issue() != null && (itemCategory != category || !reportedCategory)) {
                    issues.add(itemCategory.issue());
                    reportedCategory |= itemCategory == category;
                }
                if (item.billed() != null) {
                    draft.billedCents = item.billed();
                    draft.billedFound = true;
                    draft.set(Field.BILLED_AMOUNT, item.singleAmount() || amountConfidence >= 90 ? amountConfidence
                            : Math.min(amountConfidence, 55));
                }
                item(draft, item);
                actCode(draft, item);
                if (draft.complete()) {
                    drafts.add(draft);
                } else if (draft.careDate != null && draft.category != null) {
                    issues.add(new ReviewIssue(Field.BILLED_AMOUNT, ReviewIssue.Kind.MISSING,
                            "no amount on the line: " + item.line().evidence()));
                }
            }
            return drafts;
        }

        /** Items are sure when they add up to the printed total; a total that disagrees makes every item doubtful. */
        private int itemAmountConfidence(List<Item> items) {
            long sum = items.stream().map(Item::billed).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
            Set<Long> totals = new LinkedHashSet<>();
            alone(evidence.labelled(AmountLabel.TOTAL), true).forEach(total -> totals.add(total.cents()));
            evidence.tableTotals().stream().map(Item::billed).filter(Objects::nonNull).forEach(totals::add);
            if (totals.contains(sum)) {
                return 90;
            }
            if (!totals.isEmpty()) {
                issues.add(new ReviewIssue(Field.BILLED_AMOUNT, ReviewIssue.Kind.AMBIGUOUS, "the lines add up to "
                        + euros(sum) + " but the document's total says " + totals.stream()
                        .map(InvoiceAnalyser::euros).collect(Collectors.joining(" or "))));
                return 35;
            }
            boolean table = items.stream().allMatch(Item::fromTable);
            return table ? 85 : 75;
        }

        private Pick<CareCategory> itemCategory(Item item, Pick<CareCategory> documentCategory) {
            Set<CareCategory> seen = new LinkedHashSet<>(item.categories());
            item.actCodes().forEach(code -> CareKeywords.categoryOfActCode(code).ifPresent(seen::add));
            if (seen.isEmpty()) {
                return documentCategory;
            }
            Set<CareCategory> allowed = seen.stream().filter(kind::allows)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (allowed.size() == 1) {
                return Pick.of(allowed.iterator().next(), kind.categories().size() <= 3 ? 90 : 85,
                        item.line().evidence());
            }
            if (allowed.size() > 1) {
                return Pick.ambiguous(allowed.iterator().next(), Field.CARE_CATEGORY,
                        "the line speaks of " + allowed + ": " + item.line().evidence());
            }
            return new Pick<>(seen.iterator().next(), 25, item.line().evidence(),
                    new ReviewIssue(Field.CARE_CATEGORY, ReviewIssue.Kind.CONTRADICTS_MEMBER, "the member chose '"
                            + kind.label() + "' but a line speaks of " + seen + ": " + item.line().evidence()));
        }

        private static void item(LineDraft draft, Item item) {
            if (item.base() != null) {
                draft.baseCents = item.base();
                draft.set(Field.BASE_AMOUNT, 85);
            }
            if (item.rate() != null) {
                draft.amoRatePercent = item.rate();
                draft.set(Field.AMO_RATE, 85);
            }
            if (item.amoPaid() != null) {
                draft.amoPaidCents = item.amoPaid();
                draft.set(Field.AMO_PAID, 85);
            }
            if (item.participation() != null) {
                draft.participationCents = item.participation();
                draft.set(Field.PARTICIPATION, 85);
            }
            if (item.franchise() != null) {
                draft.franchiseCents = item.franchise();
                draft.set(Field.FRANCHISE, 85);
            }
            draft.side = item.side();
            draft.basket = item.basket();
        }

        // ---- identifiers and codes --------------------------------------------------------------------------

        private Pick<String> practitionerId() {
            List<Found<String>> ids = evidence.practitionerIds();
            Set<String> distinct = ids.stream().map(Found::value).collect(Collectors.toCollection(LinkedHashSet::new));
            if (distinct.size() == 1) {
                int confidence = ids.stream().mapToInt(Found::confidence).max().orElse(0);
                return Pick.of(distinct.iterator().next(), confidence, ids.getFirst().evidence());
            }
            if (distinct.size() > 1) {
                notes.add("Several practitioner ids: " + distinct);
                return new Pick<>(null, 0, "", new ReviewIssue(Field.PRACTITIONER_ID, ReviewIssue.Kind.AMBIGUOUS,
                        "several practitioner ids: " + distinct));
            }
            return Pick.missing(Field.PRACTITIONER_ID, "no RPPS or ADELI number found");
        }

        /** The act code as printed when visible; for optics and alternative medicine, the code adjudication reads. */
        private void actCode(LineDraft draft, Item item) {
            String folded = item == null ? "" : item.line().folded();
            Set<String> printed = item == null ? documentActCodes() : item.actCodes();
            List<String> careCodes = printed.stream().filter(code -> !CareKeywords.isLppCode(code)).toList();
            switch (draft.category) {
                case OPTICS_LENS -> lensClass(draft, folded);
                case OPTICS_FRAME -> derivedCode(draft, "FRAME");
                case CONTACT_LENSES -> derivedCode(draft, "LENTILLES");
                case ALTERNATIVE_MEDICINE -> CareKeywords.alternativeMedicineCode(folded)
                        .or(() -> evidence.lines().stream().map(line -> CareKeywords.alternativeMedicineCode(line.folded()))
                                .flatMap(Optional::stream).findFirst())
                        .ifPresent(code -> derivedCode(draft, code));
                default -> {
                    if (careCodes.size() == 1) {
                        draft.actCode = careCodes.getFirst();
                        draft.set(Field.ACT_CODE, 85);
                    } else if (careCodes.size() > 1) {
                        notes.add("Several act codes " + careCodes + " for one line; none kept");
                    }
                }
            }
        }

        private Set<String> documentActCodes() {
            return evidence.actCodes().keySet();
        }

        private static void derivedCode(LineDraft draft, String code) {
            draft.actCode = code;
            draft.set(Field.ACT_CODE, 80);
        }

        /** Lens class drives the optics grid; when the text does not state it, SIMPLE (the lowest grid) is safest. */
        private void lensClass(LineDraft draft, String folded) {
            var stated = CareKeywords.lensClass(folded).or(() -> documentLensClass());
            draft.actCode = stated.orElse("LENS-SIMPLE");
            draft.set(Field.ACT_CODE, stated.isPresent() ? 80 : 40);
            if (stated.isEmpty()) {
                notes.add("Lens class not stated; read as LENS-SIMPLE (lowest optics grid)");
            }
        }

        private Optional<String> documentLensClass() {
            Set<String> classes = evidence.lines().stream()
                    .filter(line -> CareKeywords.categories(line.folded()).contains(CareCategory.OPTICS_LENS))
                    .map(line -> CareKeywords.lensClass(line.folded())).flatMap(Optional::stream)
                    .collect(Collectors.toSet());
            return classes.size() == 1 ? Optional.of(classes.iterator().next()) : Optional.empty();
        }

        // ---- compulsory scheme amounts ----------------------------------------------------------------------

        /** Base, rate and AMO amounts printed once for the document belong to its line only when there is one line. */
        private void completeAmo(LineDraft draft, boolean onlyLine) {
            if (onlyLine) {
                documentAmount(AmountLabel.BASE).ifPresent(cents -> {
                    draft.baseCents = cents;
                    draft.set(Field.BASE_AMOUNT, 85);
                });
                documentAmount(AmountLabel.AMO_PAID).ifPresent(cents -> {
                    draft.amoPaidCents = cents;
                    draft.set(Field.AMO_PAID, 85);
                });
                documentAmount(AmountLabel.PARTICIPATION).ifPresent(cents -> {
                    draft.participationCents = cents;
                    draft.set(Field.PARTICIPATION, 85);
                });
                documentAmount(AmountLabel.FRANCHISE).ifPresent(cents -> {
                    draft.franchiseCents = cents;
                    draft.set(Field.FRANCHISE, 85);
                });
                Set<Integer> rates = evidence.rates().stream().map(Found::value).collect(Collectors.toSet());
                if (rates.size() == 1 && draft.confidenceOf(Field.AMO_RATE) == 0) {
                    draft.amoRatePercent = rates.iterator().next();
                    draft.set(Field.AMO_RATE, 85);
                }
            }
            if (draft.baseCents > 0 && draft.confidenceOf(Field.AMO_RATE) == 0) {
                CareKeywords.usualAmoRate(draft.category).ifPresent(rate -> {
                    draft.amoRatePercent = rate;
                    draft.set(Field.AMO_RATE, 50);
                    notes.add("AMO rate not printed; the usual " + rate + " % for " + draft.category + " assumed");
                });
            }
            if (draft.amoPaidCents != null && draft.amoPaidCents > draft.billedCents) {
                issues.add(new ReviewIssue(Field.AMO_PAID, ReviewIssue.Kind.AMBIGUOUS, "the AMO paid "
                        + euros(draft.amoPaidCents) + " more than the " + euros(draft.billedCents) + " charged"));
            }
        }

        private Optional<Long> documentAmount(AmountLabel label) {
            Set<Long> distinct = evidence.labelled(label).stream().map(AmountSeen::cents).collect(Collectors.toSet());
            return distinct.size() == 1 ? Optional.of(distinct.iterator().next()) : Optional.empty();
        }

        private void completeOptics(LineDraft draft) {
            if (draft.category.hasBasket() && draft.basket == null) {
                evidence.basket().ifPresent(basket -> draft.basket = basket);
            }
            if (draft.basket != null) {
                draft.set(Field.BASKET, 80);
            }
            if (draft.side != null) {
                draft.set(Field.SIDE, 80);
            }
        }

        // ---- what adjudication cannot do without ------------------------------------------------------------

        int essentialConfidence(LineDraft draft) {
            return essentialFields(draft).stream().mapToInt(draft::confidenceOf).min().orElse(0);
        }

        private List<Field> essentialFields(LineDraft draft) {
            List<Field> fields = new ArrayList<>(List.of(Field.CARE_DATE, Field.CARE_CATEGORY, Field.BILLED_AMOUNT));
            if (NEED_BASE.contains(draft.category)) {
                fields.add(Field.BASE_AMOUNT); // AMO_NOT_COVERED when the base is 0
            }
            if (kind == DocumentKind.SOCIAL_SECURITY_STATEMENT) {
                fields.add(Field.AMO_PAID); // the reason a member uploads a décompte
            }
            if (draft.category == CareCategory.ALTERNATIVE_MEDICINE) {
                fields.add(Field.PRACTITIONER_ID); // PRACTITIONER_ID_MISSING otherwise
            }
            return fields;
        }

        void requireSureEnough(LineDraft draft) {
            Set<Field> alreadyReported = issues.stream().map(ReviewIssue::field).collect(Collectors.toSet());
            for (Field field : essentialFields(draft)) {
                int confidence = draft.confidenceOf(field);
                if (alreadyReported.contains(field) || confidence >= InvoiceAnalysis.CONFIDENT_THRESHOLD) {
                    continue;
                }
                issues.add(confidence == 0
                        ? new ReviewIssue(field, ReviewIssue.Kind.MISSING, "not found for the line: " + draft.evidence)
                        : new ReviewIssue(field, ReviewIssue.Kind.UNCERTAIN, "confidence " + confidence
                                + " for the line: " + draft.evidence));
            }
        }
    }
}
