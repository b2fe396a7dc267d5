package fr.prestaflow.payment.sepa;

import fr.prestaflow.contracts.identity.Iban;
import fr.prestaflow.contracts.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Reads back a pain.001.001.09 of the shape {@link Pain001Writer} produces (one PmtInf, SEPA rules), e.g. for the
 * simulated bank. The document is validated against the schema first; EPC rules are then enforced by the records.
 */
public final class Pain001Reader {

    private final SepaSchemaValidator validator;

    public Pain001Reader(SepaSchemaValidator validator) {
        this.validator = validator;
    }

    /**
     * @throws InvalidSepaDocument when the bytes are not a schema-valid pain.001.001.09
     * @throws SepaRuleViolation   when the file breaks an EPC rule (non-EUR amount, several PmtInf, ...)
     */
    public CreditTransferBatch read(byte[] xml) {
        validator.requireValid(SepaSchema.PAIN_001_001_09, xml);
        return parse(xml);
    }

    /**
     * Reads back a pain.001 that {@link Pain001Writer} wrote in this service, and so validated against the schema
     * already, as the simulated bank does for every batch: the schema is not checked a second time.
     *
     * @throws SepaRuleViolation when the file breaks an EPC rule
     */
    public CreditTransferBatch readWritten(byte[] xml) {
        return parse(xml);
    }

    private static CreditTransferBatch parse(byte[] xml) {
        Element initiation = Dom.required(SecureXml.parse(xml).getDocumentElement(), "CstmrCdtTrfInitn");
        List<Element> paymentInformations = Dom.children(initiation, "PmtInf");
        if (paymentInformations.size() != 1) {
            throw new SepaRuleViolation("Expected exactly one PmtInf, found " + paymentInformations.size());
        }
        Element pmtInf = paymentInformations.getFirst();
        return new CreditTransferBatch(
                Dom.requiredText(initiation, "GrpHdr", "MsgId"),
                Dom.requiredText(pmtInf, "PmtInfId"),
                instant(Dom.requiredText(initiation, "GrpHdr", "CreDtTm")),
                LocalDate.parse(Dom.requiredText(pmtInf, "ReqdExctnDt", "Dt")),
                debtor(pmtInf),
                Dom.children(pmtInf, "CdtTrfTxInf").stream().map(Pain001Reader::transfer).toList());
    }

    private static Debtor debtor(Element pmtInf) {
        return new Debtor(
                Dom.requiredText(pmtInf, "Dbtr", "Nm"),
                new Iban(Dom.requiredText(pmtInf, "DbtrAcct", "Id", "IBAN")),
                Dom.text(pmtInf, "DbtrAgt", "FinInstnId", "BICFI").map(Bic::new));
    }

    private static CreditTransfer transfer(Element tx) {
        Element amount = Dom.required(tx, "Amt", "InstdAmt");
        Money money = SepaAmounts.fromXml(new BigDecimal(amount.getTextContent().strip()), amount.getAttribute("Ccy"));
        Optional<Bic> bic = Dom.text(tx, "CdtrAgt", "FinInstnId", "BICFI").map(Bic::new);
        return new CreditTransfer(
                Dom.requiredText(tx, "PmtId", "EndToEndId"),
                Dom.requiredText(tx, "PmtId", "InstrId"),
                money,
                Dom.requiredText(tx, "Cdtr", "Nm"),
                new Iban(Dom.requiredText(tx, "CdtrAcct", "Id", "IBAN")),
                bic,
                Dom.requiredText(tx, "RmtInf", "Ustrd"));
    }

    /** xs:dateTime may come without an offset; such a time is taken as UTC. */
    static Instant instant(String dateTime) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(dateTime, OffsetDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof OffsetDateTime offset ? offset.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new SepaRuleViolation("Unreadable date and time: " + dateTime);
        }
    }
}
