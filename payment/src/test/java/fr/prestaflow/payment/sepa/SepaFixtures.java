package fr.prestaflow.payment.sepa;

import fr.prestaflow.contracts.identity.Iban;
import fr.prestaflow.contracts.money.Money;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.w3c.dom.Element;

final class SepaFixtures {

    /** Compiling the schemas takes a moment; every test shares one validator, as the service does. */
    static final SepaSchemaValidator VALIDATOR = new SepaSchemaValidator();

    static final Instant CREATED_AT = Instant.parse("2025-04-17T09:30:00Z");
    static final LocalDate EXECUTION_DATE = LocalDate.of(2025, 4, 22);
    static final Iban MUTUELLE_IBAN = new Iban("FR7630004000031234567890143");
    static final Iban MEMBER_IBAN = new Iban("FR7630006000011234567890189");
    static final Iban OTHER_MEMBER_IBAN = new Iban("DE89370400440532013000");
    static final Debtor MUTUELLE = new Debtor("Mutuelle Prestaflow", MUTUELLE_IBAN, new Bic("BNPAFRPPXXX"));

    private SepaFixtures() {
    }

    static CreditTransfer transfer(String endToEndId, long cents) {
        return new CreditTransfer(endToEndId, "I-" + endToEndId, Money.ofCents(cents), "Jeanne Dupont", MEMBER_IBAN,
                "Remboursement complementaire sante " + endToEndId);
    }

    static CreditTransferBatch batch(CreditTransfer... transfers) {
        return batch(MUTUELLE, transfers);
    }

    static CreditTransferBatch batch(Debtor debtor, CreditTransfer... transfers) {
        return new CreditTransferBatch("MSG-20250417-0001", "PMT-20250417-0001", CREATED_AT, EXECUTION_DATE, debtor,
                List.of(transfers));
    }

    static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }

    static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** The texts of every element at the given path under the message element, e.g. "PmtInf/CdtTrfTxInf/Cdtr/Nm". */
    static List<String> values(byte[] xml, String path) {
        Element message = (Element) SecureXml.parse(xml).getDocumentElement().getElementsByTagNameNS("*", "*").item(0);
        List<Element> current = List.of(message);
        for (String name : path.split("/")) {
            current = current.stream().flatMap(element -> Dom.children(element, name).stream()).toList();
        }
        return current.stream().map(element -> element.getTextContent().strip()).toList();
    }

    static String value(byte[] xml, String path) {
        List<String> values = values(xml, path);
        if (values.size() != 1) {
            throw new AssertionError("Expected one " + path + ", found " + values);
        }
        return values.getFirst();
    }
}
