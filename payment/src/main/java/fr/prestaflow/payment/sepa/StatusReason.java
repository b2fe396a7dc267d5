package fr.prestaflow.payment.sepa;

import java.util.List;
import java.util.Objects;

/**
 * Why a bank gave a status: an ISO code ({@code StsRsnInf/Rsn/Cd}, e.g. AC01) or a proprietary one, with the bank's
 * optional free text ({@code AddtlInf}).
 */
public record StatusReason(String code, List<String> additionalInformation) {

    public StatusReason {
        Objects.requireNonNull(code, "code");
        additionalInformation = List.copyOf(additionalInformation);
    }

    public StatusReason(String code) {
        this(code, List.of());
    }

    /** E.g. "AC04: Compte clôturé"; unknown codes are shown as they are. */
    public String french() {
        return code + ": " + ReasonTexts.of(code).map(ReasonTexts.Text::french).orElse("motif bancaire non répertorié");
    }

    public String english() {
        return code + ": " + ReasonTexts.of(code).map(ReasonTexts.Text::english).orElse("unlisted bank reason");
    }
}
