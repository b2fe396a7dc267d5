package fr.prestaflow.intake.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.CareCategory;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DocumentKindTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "Facture dentaire;DENTAL_INVOICE",
            "facture DENTAIRE;DENTAL_INVOICE",
            "DENTAL_INVOICE;DENTAL_INVOICE",
            "Facture optique;OPTICS_INVOICE",
            "Feuille de soins;CARE_SHEET",
            "Décompte Sécurité sociale;SOCIAL_SECURITY_STATEMENT",
            "decompte securite sociale;SOCIAL_SECURITY_STATEMENT",
            "Facture ostéopathe;ALTERNATIVE_MEDICINE_INVOICE",
            "Ticket de caisse;OTHER"})
    void reads_the_document_type_the_member_chose(String label, DocumentKind kind) {
        assertThat(DocumentKind.fromLabel(label)).isEqualTo(kind);
    }

    @Test
    void reads_no_document_type_as_other() {
        assertThat(DocumentKind.fromLabel(null)).isEqualTo(DocumentKind.OTHER);
    }

    @Test
    void narrows_an_optics_invoice_to_frames_lenses_and_contact_lenses() {
        assertThat(DocumentKind.OPTICS_INVOICE.categories()).containsExactlyInAnyOrder(CareCategory.OPTICS_FRAME,
                CareCategory.OPTICS_LENS, CareCategory.CONTACT_LENSES);
    }
}
