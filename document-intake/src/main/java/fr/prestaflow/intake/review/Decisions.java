package fr.prestaflow.intake.review;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Side;
import fr.prestaflow.intake.ErrorCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a reviewer's decision against CARE_LINE.md and reports every problem at once, each with its line, as a
 * VALIDATION_FAILED problem. Pure Java.
 */
final class Decisions {

    /** RPPS (11 digits) or ADELI (9 digits). */
    private static final Pattern PRACTITIONER_ID = Pattern.compile("[0-9]{9}|[0-9]{11}");
    private static final int MAX_COMMENT = 2000;

    private Decisions() {
    }

    static Decision check(DecisionRequest request, LocalDate today) {
        List<Map<String, Object>> errors = new ArrayList<>();
        Decision decision = switch (request.action() == null ? "" : request.action().strip()) {
            case "COMPLETE" -> complete(request, today, errors);
            case "REJECT" -> reject(request, errors);
            default -> {
                errors.add(error("action", null, "must be COMPLETE or REJECT"));
                yield null;
            }
        };
        if (request.comment() != null && request.comment().length() > MAX_COMMENT) {
            errors.add(error("comment", null, "is longer than " + MAX_COMMENT + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ErrorCode.VALIDATION_FAILED.exception("The decision is not valid", Map.of("errors", errors));
        }
        return decision;
    }

    private static Decision reject(DecisionRequest request, List<Map<String, Object>> errors) {
        String code = request.reasonCode() == null ? "" : request.reasonCode().strip();
        if (!RejectionReason.isKnown(code)) {
            errors.add(error("reasonCode", null, "must be one of " + List.of(RejectionReason.values())));
            return null;
        }
        RejectionReason reason = RejectionReason.valueOf(code);
        if (reason == RejectionReason.OTHER && (request.comment() == null || request.comment().isBlank())) {
            errors.add(error("comment", null, "is required with OTHER: it is the explanation the member reads"));
        }
        return new Decision.Reject(reason, request.comment());
    }

    private static Decision complete(DecisionRequest request, LocalDate today, List<Map<String, Object>> errors) {
        if (request.lines().isEmpty()) {
            errors.add(error("lines", null, "at least one care line is required"));
        }
        List<CareLine> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            new LineCheck(i, request.lines().get(i), today, errors).careLine().ifPresent(lines::add);
        }
        return new Decision.Complete(lines, request.visionChangeJustified());
    }

    /** One line: every field checked, the CareLine built only when all are right. */
    private static final class LineCheck {

        private final int index;
        private final DecisionRequest.LineInput line;
        private final LocalDate today;
        private final List<Map<String, Object>> errors;
        private final int errorsBefore;

        LineCheck(int index, DecisionRequest.LineInput line, LocalDate today, List<Map<String, Object>> errors) {
            this.index = index;
            this.line = line;
            this.today = today;
            this.errors = errors;
            this.errorsBefore = errors.size();
        }

        Optional<CareLine> careLine() {
            if (line == null) {
                fail("", "a line is required");
                return Optional.empty();
            }
            if (line.lineNumber() == null || line.lineNumber() != index + 1) {
                fail("lineNumber", "must be " + (index + 1) + ": lines are numbered 1..n in order");
            }
            LocalDate careDate = careDate();
            CareCategory category = category();
            if (line.actCode() == null || line.actCode().isBlank()) {
                fail("actCode", "is required");
            }
            if (line.practitionerId() != null && !PRACTITIONER_ID.matcher(line.practitionerId().strip()).matches()) {
                fail("practitionerId", "must be an RPPS (11 digits) or ADELI (9 digits) number");
            }
            int quantity = line.quantity() == null ? 1 : line.quantity();
            if (quantity < 1) {
                fail("quantity", "must be at least 1");
            }
            if (line.billedCents() == null) {
                fail("billedCents", "is required");
            }
            notNegative("billedCents", line.billedCents());
            notNegative("baseCents", line.baseCents());
            notNegative("amoPaidCents", line.amoPaidCents());
            notNegative("participationCents", line.participationCents());
            notNegative("franchiseCents", line.franchiseCents());
            int rate = line.amoRatePercent() == null ? 0 : line.amoRatePercent();
            if (rate < 0 || rate > 100) {
                fail("amoRatePercent", "must be within 0..100");
            }
            Basket basket = basket(category);
            Side side = side(category);
            if (errors.size() > errorsBefore) {
                return Optional.empty();
            }
            return Optional.of(new CareLine(index + 1, careDate, category, line.actCode().strip(),
                    line.practitionerId() == null ? null : line.practitionerId().strip(), line.practitionerOptam(),
                    quantity, line.billedCents(), line.baseCents() == null ? 0 : line.baseCents(), rate,
                    line.amoPaidCents(), line.participationCents(), line.franchiseCents(), basket, side));
        }

        private LocalDate careDate() {
            if (line.careDate() == null || line.careDate().isBlank()) {
                fail("careDate", "is required");
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(line.careDate().strip());
                if (date.isAfter(today)) {
                    fail("careDate", "is in the future");
                }
                return date;
            } catch (DateTimeParseException e) {
                fail("careDate", "must be an ISO date such as 2025-06-12");
                return null;
            }
        }

        private CareCategory category() {
            if (line.careCategory() == null || !CareCategory.isKnown(line.careCategory().strip())) {
                fail("careCategory", "must be one of the care categories of CARE_LINE.md");
                return null;
            }
            return CareCategory.valueOf(line.careCategory().strip());
        }

        private Basket basket(CareCategory category) {
            if (line.basket() == null) {
                return null;
            }
            if (category != null && !category.hasBasket()) {
                fail("basket", "applies only to OPTICS_FRAME, OPTICS_LENS, DENTAL_PROSTHESIS and HEARING_AID");
                return null;
            }
            return switch (line.basket().strip()) {
                case "RAC0" -> Basket.RAC0;
                case "MODERATE" -> Basket.MODERATE;
                case "FREE" -> Basket.FREE;
                default -> {
                    fail("basket", "must be RAC0, MODERATE or FREE");
                    yield null;
                }
            };
        }

        private Side side(CareCategory category) {
            if (line.side() == null) {
                return null;
            }
            if (category != null && !category.hasSide()) {
                fail("side", "applies only to OPTICS_LENS, CONTACT_LENSES and HEARING_AID");
                return null;
            }
            return switch (line.side().strip()) {
                case "LEFT" -> Side.LEFT;
                case "RIGHT" -> Side.RIGHT;
                case "BOTH" -> Side.BOTH;
                default -> {
                    fail("side", "must be LEFT, RIGHT or BOTH");
                    yield null;
                }
            };
        }

        private void notNegative(String field, Long cents) {
            if (cents != null && cents < 0) {
                fail(field, "must not be negative");
            }
        }

        private void fail(String field, String message) {
            errors.add(error("lines[" + index + "]" + (field.isEmpty() ? "" : "." + field), index + 1, message));
        }
    }

    private static Map<String, Object> error(String field, Integer line, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        if (line != null) {
            error.put("line", line);
        }
        error.put("message", message);
        return error;
    }
}
