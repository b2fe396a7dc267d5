package fr.prestaflow.payment.sepa;

import java.time.format.DateTimeFormatter;

/**
 * Writes a batch as a pain.001.001.09 {@code CstmrCdtTrfInitn} and validates it against the schema before returning
 * it: a file that does not validate is a bug, never something to send.
 */
public final class Pain001Writer {

    /** Used when the debtor bank's BIC is unknown; the EPC IBAN-only rule lets the bank derive it. */
    static final String NOT_PROVIDED = "NOTPROVIDED";

    private final SepaSchemaValidator validator;

    public Pain001Writer(SepaSchemaValidator validator) {
        this.validator = validator;
    }

    /**
     * @return the UTF-8 bytes of a schema-valid document
     * @throws InvalidSepaDocument if the document does not validate (a bug in this class, not in the input)
     */
    public byte[] write(CreditTransferBatch batch) {
        byte[] xml = XmlOut.document(SepaSchema.PAIN_001_001_09.namespace(), "CstmrCdtTrfInitn", out -> {
            groupHeader(out, batch);
            paymentInformation(out, batch);
        });
        validator.requireValid(SepaSchema.PAIN_001_001_09, xml);
        return xml;
    }

    private static void groupHeader(XmlOut out, CreditTransferBatch batch) {
        out.start("GrpHdr")
                .leaf("MsgId", batch.msgId())
                .leaf("CreDtTm", DateTimeFormatter.ISO_INSTANT.format(batch.createdAt()))
                .leaf("NbOfTxs", Integer.toString(batch.numberOfTransactions()))
                .leaf("CtrlSum", SepaAmounts.toXml(batch.controlSum()))
                .start("InitgPty").leaf("Nm", batch.debtor().name()).end()
                .end();
    }

    private static void paymentInformation(XmlOut out, CreditTransferBatch batch) {
        Debtor debtor = batch.debtor();
        out.start("PmtInf")
                .leaf("PmtInfId", batch.pmtInfId())
                .leaf("PmtMtd", "TRF")
                .leaf("NbOfTxs", Integer.toString(batch.numberOfTransactions()))
                .leaf("CtrlSum", SepaAmounts.toXml(batch.controlSum()))
                .start("PmtTpInf").start("SvcLvl").leaf("Cd", "SEPA").end().end()
                .start("ReqdExctnDt").leaf("Dt", batch.requestedExecutionDate().toString()).end()
                .start("Dbtr").leaf("Nm", debtor.name()).end()
                .start("DbtrAcct").start("Id").leaf("IBAN", debtor.iban().value()).end().end()
                .start("DbtrAgt").start("FinInstnId");
        debtor.bic().ifPresentOrElse(
                bic -> out.leaf("BICFI", bic.value()),
                () -> out.start("Othr").leaf("Id", NOT_PROVIDED).end());
        out.end().end()
                .leaf("ChrgBr", "SLEV");
        batch.transfers().forEach(transfer -> transaction(out, transfer));
        out.end();
    }

    private static void transaction(XmlOut out, CreditTransfer transfer) {
        out.start("CdtTrfTxInf")
                .start("PmtId").leaf("InstrId", transfer.instrId()).leaf("EndToEndId", transfer.endToEndId()).end()
                .start("Amt").amount("InstdAmt", SepaAmounts.EURO, SepaAmounts.toXml(transfer.amount())).end();
        transfer.creditorBic().ifPresent(bic -> out.start("CdtrAgt").start("FinInstnId").leaf("BICFI", bic.value()).end().end());
        out.start("Cdtr").leaf("Nm", transfer.creditorName()).end()
                .start("CdtrAcct").start("Id").leaf("IBAN", transfer.creditorIban().value()).end().end()
                .start("RmtInf").leaf("Ustrd", transfer.remittance()).end()
                .end();
    }
}
