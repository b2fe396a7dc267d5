package fr.prestaflow.payment.sepa;

import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Reads a bank's pain.002.001.10 {@code CstmrPmtStsRpt}, after validating it against the schema. */
public final class Pain002Reader {

    private final SepaSchemaValidator validator;

    public Pain002Reader(SepaSchemaValidator validator) {
        this.validator = validator;
    }

    /**
     * @throws InvalidSepaDocument when the bytes are not a schema-valid pain.002.001.10 (a DOCTYPE is refused too)
     * @throws SepaRuleViolation   when a transaction status does not name its OrgnlEndToEndId
     */
    public PaymentStatusReport read(byte[] xml) {
        validator.requireValid(SepaSchema.PAIN_002_001_10, xml);
        Element report = Dom.required(SecureXml.parse(xml).getDocumentElement(), "CstmrPmtStsRpt");
        Element group = Dom.required(report, "OrgnlGrpInfAndSts");
        return new PaymentStatusReport(
                Dom.requiredText(report, "GrpHdr", "MsgId"),
                Dom.requiredText(group, "OrgnlMsgId"),
                Dom.requiredText(group, "OrgnlMsgNmId"),
                Dom.text(group, "GrpSts").map(PaymentStatus::new),
                reason(group),
                Dom.children(report, "OrgnlPmtInfAndSts").stream().map(Pain002Reader::block).toList());
    }

    private static PaymentInformationStatus block(Element block) {
        return new PaymentInformationStatus(
                Dom.requiredText(block, "OrgnlPmtInfId"),
                Dom.text(block, "PmtInfSts").map(PaymentStatus::new),
                reason(block),
                Dom.children(block, "TxInfAndSts").stream().map(Pain002Reader::transaction).toList());
    }

    private static TransactionStatus transaction(Element transaction) {
        return new TransactionStatus(
                Dom.text(transaction, "OrgnlEndToEndId").orElseThrow(() -> new SepaRuleViolation(
                        "A TxInfAndSts without OrgnlEndToEndId cannot be matched to a transfer")),
                Dom.text(transaction, "OrgnlInstrId"),
                Dom.text(transaction, "TxSts").map(PaymentStatus::new),
                reason(transaction));
    }

    /** The first StsRsnInf; NARR when the bank gave only free text. */
    private static Optional<StatusReason> reason(Element parent) {
        return Dom.child(parent, "StsRsnInf").map(info -> {
            List<String> texts = Dom.children(info, "AddtlInf").stream().map(e -> e.getTextContent().strip()).toList();
            String code = Dom.text(info, "Rsn", "Cd").or(() -> Dom.text(info, "Rsn", "Prtry")).orElse("NARR");
            return new StatusReason(code, texts);
        });
    }
}
