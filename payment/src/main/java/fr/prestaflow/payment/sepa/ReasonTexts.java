package fr.prestaflow.payment.sepa;

import java.util.Map;
import java.util.Optional;

/** Human texts for the ISO 20022 ExternalStatusReason1Code values banks return most for SEPA credit transfers. */
final class ReasonTexts {

    record Text(String french, String english) {
    }

    private static final Map<String, Text> TEXTS = Map.ofEntries(
            Map.entry("AC01", new Text("IBAN incorrect", "Incorrect account number (IBAN)")),
            Map.entry("AC03", new Text("Compte du bénéficiaire invalide", "Invalid creditor account number")),
            Map.entry("AC04", new Text("Compte clôturé", "Closed account")),
            Map.entry("AC06", new Text("Compte bloqué", "Blocked account")),
            Map.entry("AC13", new Text("Type de compte du donneur d'ordre invalide", "Invalid debtor account type")),
            Map.entry("AG01", new Text("Opération interdite sur ce compte", "Transaction forbidden on this account")),
            Map.entry("AG02", new Text("Code opération bancaire invalide", "Invalid bank operation code")),
            Map.entry("AM04", new Text("Provision insuffisante", "Insufficient funds")),
            Map.entry("AM05", new Text("Virement en double", "Duplicate transfer")),
            Map.entry("BE04", new Text("Adresse du bénéficiaire manquante ou incorrecte", "Missing or incorrect creditor address")),
            Map.entry("BE05", new Text("Émetteur non reconnu", "Unrecognised initiating party")),
            Map.entry("CNOR", new Text("Banque du bénéficiaire non joignable", "Creditor bank is not registered")),
            Map.entry("DNOR", new Text("Banque du donneur d'ordre non joignable", "Debtor bank is not registered")),
            Map.entry("CUST", new Text("Refusé à la demande du client", "Requested by customer")),
            Map.entry("DUPL", new Text("Paiement en double", "Duplicate payment")),
            Map.entry("ED05", new Text("Échec du règlement", "Settlement failed")),
            Map.entry("FF01", new Text("Format de fichier invalide", "Invalid file format")),
            Map.entry("FOCR", new Text("Annulé à la suite d'une demande d'annulation", "Following a cancellation request")),
            Map.entry("MD07", new Text("Titulaire du compte décédé", "Account holder deceased")),
            Map.entry("MS02", new Text("Refus du bénéficiaire, motif non précisé", "Reason not specified, customer generated")),
            Map.entry("MS03", new Text("Refus de la banque, motif non précisé", "Reason not specified, bank generated")),
            Map.entry("NARR", new Text("Voir le texte libre de la banque", "See the bank's narrative")),
            Map.entry("RC01", new Text("Code BIC incorrect", "Incorrect bank identifier (BIC)")),
            Map.entry("RR01", new Text("Compte ou identifiant du donneur d'ordre manquant", "Missing debtor account or identification")),
            Map.entry("RR02", new Text("Nom ou adresse du donneur d'ordre manquant", "Missing debtor name or address")),
            Map.entry("RR03", new Text("Nom ou adresse du bénéficiaire manquant", "Missing creditor name or address")),
            Map.entry("RR04", new Text("Motif réglementaire", "Regulatory reason")),
            Map.entry("TM01", new Text("Reçu après l'heure limite", "Received after the cut-off time")));

    private ReasonTexts() {
    }

    static Optional<Text> of(String code) {
        return Optional.ofNullable(TEXTS.get(code));
    }
}
