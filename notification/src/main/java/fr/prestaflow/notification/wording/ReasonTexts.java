package fr.prestaflow.notification.wording;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every reason and rejection code of the rules (REIMBURSEMENT_RULES.md §21, §22), of intake and review, and the bank
 * codes of a failed transfer, in plain French. Rejections and payment failures always say what the member can do. The
 * codes never change meaning, so this map only grows.
 */
public final class ReasonTexts {

    private static final String NEW_IBAN = "Enregistrez un nouvel IBAN dans votre espace adhérent, rubrique « Mon compte bancaire » : "
            + "nous relancerons le virement.";
    private static final String CHECK_CARE_DATE = "Vérifiez la date des soins sur votre facture ; si elle est erronée, "
            + "envoyez-nous une facture corrigée.";

    private static final Map<String, Explanation> TEXTS = new HashMap<>();

    static {
        // §21 reason codes: how the amount of a line was computed
        reason("AMO_REPORTED", "Part de l'Assurance Maladie reprise de son décompte.");
        reason("AMO_COMPUTED", "Part de l'Assurance Maladie estimée (simulation).");
        reason("FORFAIT_24_APPLIED", "Acte d'au moins 120 € : une participation forfaitaire de 24 € remplace le ticket modérateur.");
        reason("EXEMPT_MINOR", "Moins de 18 ans : ni participation forfaitaire ni franchise médicale.");
        reason("EXEMPT_MATERNITY", "Période de maternité : ni participation forfaitaire, ni franchise, ni forfait de 24 €.");
        reason("EXEMPT_CSS", "Complémentaire santé solidaire : ni participation forfaitaire, ni franchise, ni forfait de 24 €.");
        reason("PARTICIPATION_DAILY_CAP", "Participation forfaitaire limitée à 4 par jour et par professionnel (8 €).");
        reason("PARTICIPATION_YEARLY_CAP", "Participation forfaitaire limitée à 50 € par an.");
        reason("FRANCHISE_DAILY_CAP", "Franchise médicale limitée par jour (4 € en paramédical, 8 € en transport).");
        reason("FRANCHISE_YEARLY_CAP", "Franchise médicale limitée à 50 € par an.");
        reason("PARTICIPATION_NOT_COVERED", "La participation forfaitaire reste à votre charge : la loi interdit à la mutuelle de la rembourser.");
        reason("FRANCHISE_NOT_COVERED", "La franchise médicale reste à votre charge : la loi interdit à la mutuelle de la rembourser.");
        reason("PARCOURS_MAJORATION_NOT_COVERED", "Consultation hors parcours de soins coordonnés : la majoration reste à votre charge.",
                "Déclarez un médecin traitant auprès de l'Assurance Maladie pour être mieux remboursé la prochaine fois.");
        reason("RENEWAL_SHORTENED_UNDER_16", "Renouvellement anticipé accepté : enfant de moins de 16 ans.");
        reason("RENEWAL_SHORTENED_VISION_CHANGE", "Renouvellement anticipé accepté : évolution de la vue justifiée.");
        reason("RAC0_FULL_COVERAGE", "Équipement 100 % Santé : pris en charge sans reste à charge, dans la limite du prix réglementé.");
        reason("RAC0_PRICE_CAP_EXCEEDED", "Le prix facturé dépasse le prix limite 100 % Santé : l'écart reste à votre charge.");
        reason("GUARANTEE_PERCENT_BR_INCL_AMO", "Remboursé en pourcentage de la base de remboursement de la Sécurité sociale, "
                + "part de l'Assurance Maladie comprise.");
        reason("GUARANTEE_PERCENT_BR_PLUS_FORFAIT", "Remboursé en pourcentage de la base de remboursement, plus un forfait par acte.");
        reason("GUARANTEE_FIXED_PER_YEAR", "Remboursé par un forfait annuel en euros.");
        reason("GUARANTEE_FIXED_PER_UNIT", "Remboursé par un forfait en euros par séance ou par jour.");
        reason("GUARANTEE_FIXED_PER_ITEM", "Remboursé par un forfait en euros par équipement.");
        reason("GUARANTEE_FIXED_PER_LENS_BY_CLASS", "Remboursé par un forfait en euros par verre, selon la correction.");
        reason("GUARANTEE_FIXED_PER_EAR_INCL_AMO", "Remboursé par un montant en euros par oreille, part de l'Assurance Maladie comprise.");
        reason("GUARANTEE_FRAIS_REELS", "Remboursé aux frais réels.");
        reason("GUARANTEE_FIXED_PER_EVENT", "Versement d'un montant forfaitaire pour cet événement.");
        reason("OVERBILLING_CAPPED_NON_OPTAM", "Praticien non adhérent à l'OPTAM : ses dépassements d'honoraires sont moins bien remboursés.",
                "Un praticien adhérent à l'OPTAM réduit votre reste à charge.");
        reason("PARCOURS_OVERBILLING_NOT_COVERED", "Spécialiste consulté hors parcours de soins : le dépassement d'honoraires reste à votre charge.");
        reason("UNIT_LIMIT_APPLIED", "Nombre annuel de séances ou de jours pris en charge atteint en partie.");
        reason("FRAME_CAP_APPLIED", "Remboursement de la monture limité à 100 €.");
        reason("HEARING_CAP_APPLIED", "Remboursement limité à 1 700 € par oreille, part de l'Assurance Maladie comprise.");
        reason("DAILY_FEE_CAP_APPLIED", "Forfait journalier remboursé dans la limite du montant réglementé de 20 € par jour.");
        reason("CAPPED_AT_BILLED", "Le total remboursé ne peut pas dépasser ce que vous avez payé.");
        reason("OPTICS_GRID_CAPPED", "Remboursement de l'équipement limité par les plafonds du contrat responsable.");
        reason("LOYALTY_BONUS_APPLIED", "Bonus fidélité : le plafond annuel ne s'applique pas.");
        reason("CEILING_APPLIED", "Plafond annuel presque atteint : remboursement limité à ce qu'il restait.");

        // §22 rejection codes: why a line is not paid
        rejection("DUPLICATE_LINE", "Cet acte figure deux fois dans la même demande.",
                "Rien à faire : il est remboursé une fois. S'il s'agit bien de deux actes différents, contactez-nous.");
        rejection("CARE_BEFORE_COVERAGE", "Les soins ont eu lieu avant le début de votre contrat.", CHECK_CARE_DATE);
        rejection("CARE_AFTER_TERMINATION", "Les soins ont eu lieu après la fin de votre contrat.", CHECK_CARE_DATE);
        rejection("NOT_COVERED_BY_PLAN", "Votre formule ne comprend pas de garantie pour ce type de soins.",
                "Consultez le tableau de garanties de votre contrat ; une autre formule peut couvrir ces soins.");
        rejection("AMO_NOT_COVERED", "L'Assurance Maladie n'a pas pris en charge cet équipement, ce qui est nécessaire au remboursement.",
                "Faites transmettre la facture à l'Assurance Maladie par votre opticien ou audioprothésiste, "
                        + "puis envoyez-nous son décompte.");
        rejection("PRACTITIONER_ID_MISSING", "Le numéro ADELI ou RPPS du praticien manque ou n'est pas valide.",
                "Demandez au praticien une facture portant son numéro ADELI ou RPPS et envoyez-la nous.");
        rejection("CHILD_AGE_LIMIT_EXCEEDED", "L'allocation naissance ou adoption est versée pour un enfant de moins de 11 ans.",
                "Si la date de naissance que nous connaissons est fausse, contactez-nous pour la corriger.");
        rejection("ALLOWANCE_ALREADY_PAID", "L'allocation a déjà été versée pour cet enfant.",
                "Rien à faire : elle est versée une seule fois par enfant.");
        rejection("RENEWAL_PERIOD_NOT_ELAPSED", "L'équipement a été renouvelé avant la fin de la période prévue par votre contrat.",
                "Si votre vue a changé, envoyez-nous l'ordonnance qui le justifie ; sinon, le renouvellement sera possible "
                        + "à la fin de la période.");
        rejection("CEILING_REACHED", "Le plafond annuel ou le nombre annuel d'actes de cette garantie est atteint.",
                "Les plafonds repartent à zéro au début de l'année suivante ; consultez votre tableau de garanties.");

        // intake and review: why a whole claim is not processed
        rejection("UNKNOWN_CONTRACT", "Nous n'avons pas trouvé de contrat correspondant à cette demande.",
                "Vérifiez le numéro de contrat indiqué, puis renvoyez votre demande.");
        rejection("UNKNOWN_BENEFICIARY", "La personne soignée n'est pas bénéficiaire de votre contrat.",
                "Vérifiez son numéro de sécurité sociale ou ajoutez-la à votre contrat, puis renvoyez votre demande.");
        rejection("DUPLICATE_CLAIM_LINE", "Ces soins vous ont déjà été remboursés dans une autre demande (par exemple "
                        + "transmise directement par l'Assurance Maladie).",
                "Rien à faire : le remboursement a déjà été effectué. Retrouvez-le dans l'historique de vos demandes.");
        rejection("NOTHING_PAYABLE", "Votre garantie ne prévoit pas de montant à verser pour ces soins.",
                "Consultez le détail de votre garantie ; un devis vous indique à l'avance ce qui sera remboursé.");
        rejection("REVERSAL_UNMATCHED", "L'Assurance Maladie a annulé un remboursement que nous ne retrouvons pas.",
                "Rien à faire de votre côté : nos équipes examinent la situation.");
        rejection("INCOMPLETE", "Il manque des informations pour traiter votre demande.",
                "Complétez votre demande avec la facture détaillée (date, actes, montants) puis renvoyez-la.");
        rejection("OTHER", "Votre demande n'a pas pu être traitée.",
                "Lisez le message de notre conseiller ci-dessous ou contactez-nous depuis votre espace adhérent.");
        rejection("ILLEGIBLE", "Le document envoyé n'est pas lisible.",
                "Renvoyez une photo nette ou un scan complet de la facture.");
        rejection("NOT_A_CARE_INVOICE", "Le document envoyé n'est pas une facture de soins.",
                "Envoyez la facture acquittée ou la feuille de soins remise par le professionnel de santé.");
        rejection("DUPLICATE", "Cette demande nous est déjà parvenue.",
                "Rien à faire : suivez la demande déjà reçue dans votre espace adhérent.");
        rejection("OUTSIDE_COVERAGE", "Les soins sont en dehors de la période couverte par votre contrat.", CHECK_CARE_DATE);
        rejection("MISSING_PRESCRIPTION", "Une prescription médicale est nécessaire pour ces soins.",
                "Envoyez-nous l'ordonnance correspondant à ces soins.");

        // ISO 20022 reasons of a rejected transfer
        rejection("AC01", "Le numéro de compte (IBAN) est incorrect.", NEW_IBAN);
        rejection("AC04", "Le compte bancaire a été clôturé.", NEW_IBAN);
        rejection("AC06", "Le compte bancaire est bloqué.", "Contactez votre banque, ou " + uncapitalize(NEW_IBAN));
        rejection("MD07", "Le titulaire du compte est décédé.",
                "Contactez-nous pour indiquer le compte sur lequel verser le remboursement.");
    }

    private static final Set<String> PAYMENT_CODES = Set.of("AC01", "AC04", "AC06", "MD07");

    private ReasonTexts() {
    }

    /** The member-facing text of a code; a code we do not know yet still gets a sentence and a way out. */
    public static Explanation explain(String code) {
        Explanation known = TEXTS.get(code);
        if (known != null) {
            return known;
        }
        return new Explanation(code, "Motif de traitement " + code + ".",
                Optional.of("Contactez-nous pour en savoir plus sur ce motif."));
    }

    /** A bank code of a failed transfer: always asks for what lets us pay, usually a new IBAN. */
    public static Explanation paymentFailure(String bankCode) {
        Explanation known = TEXTS.get(bankCode);
        if (known != null && PAYMENT_CODES.contains(bankCode)) {
            return known;
        }
        return new Explanation(bankCode, "Votre banque a refusé le virement.", Optional.of(NEW_IBAN));
    }

    public static boolean isKnown(String code) {
        return TEXTS.containsKey(code);
    }

    private static void reason(String code, String text) {
        TEXTS.put(code, new Explanation(code, text, Optional.empty()));
    }

    private static void reason(String code, String text, String whatToDo) {
        TEXTS.put(code, new Explanation(code, text, Optional.of(whatToDo)));
    }

    private static void rejection(String code, String text, String whatToDo) {
        TEXTS.put(code, new Explanation(code, text, Optional.of(whatToDo)));
    }

    private static String uncapitalize(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
