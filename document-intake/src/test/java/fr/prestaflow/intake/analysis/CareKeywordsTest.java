package fr.prestaflow.intake.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.Side;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CareKeywordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "Détartrage et polissage;DENTAL_CARE",
            "Couronne céramo-métallique;DENTAL_PROSTHESIS",
            "Prothèse amovible;DENTAL_PROSTHESIS",
            "Traitement orthodontique, semestre 2;ORTHODONTICS",
            "Monture Ray-Ban;OPTICS_FRAME",
            "Verres progressifs;OPTICS_LENS",
            "Lentilles de contact mensuelles;CONTACT_LENSES",
            "Séance d'ostéopathie;ALTERNATIVE_MEDICINE",
            "Chiropracteur;ALTERNATIVE_MEDICINE",
            "Acupuncture;ALTERNATIVE_MEDICINE",
            "Aide auditive droite;HEARING_AID",
            "Prothèse auditive;HEARING_AID",
            "Séance de kinésithérapie;PARAMEDICAL",
            "Chambre particulière;HOSPITAL_PRIVATE_ROOM",
            "Forfait journalier;HOSPITAL_DAILY_FEE",
            "Echographie abdominale;IMAGING",
            "Transport en ambulance;TRANSPORT"})
    void tells_the_care_category_from_the_words(String text, CareCategory category) {
        assertThat(CareKeywords.categories(FrenchText.fold(text))).containsExactly(category);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "Consultation G;GP_CONSULTATION",
            "Consultation APC;SPECIALIST_CONSULTATION",
            "AMK 8;PARAMEDICAL",
            "TO90;ORTHODONTICS"})
    void tells_the_care_category_from_an_ngap_act_code(String text, CareCategory category) {
        assertThat(CareKeywords.actCodes(text)).singleElement()
                .satisfies(code -> assertThat(CareKeywords.categoryOfActCode(code)).contains(category));
    }

    @Test
    void reads_ccam_and_lpp_codes_but_not_a_lone_letter() {
        assertThat(CareKeywords.actCodes("Couronne HBLD634 (LPP 2203240) - Dent G")).containsExactly("HBLD634",
                "2203240");
    }

    @Test
    void reads_the_eye_of_a_lens() {
        assertThat(CareKeywords.side("verre unifocal od")).contains(Side.RIGHT);
        assertThat(CareKeywords.side("verre oeil gauche")).contains(Side.LEFT);
        assertThat(CareKeywords.side("2 verres progressifs")).contains(Side.BOTH);
        assertThat(CareKeywords.side("monture")).isEmpty();
    }

    @Test
    void reads_the_100_percent_sante_basket() {
        assertThat(CareKeywords.basket(FrenchText.fold("Équipement 100 % Santé - classe A"))).contains(Basket.RAC0);
        assertThat(CareKeywords.basket(FrenchText.fold("Panier tarifs maîtrisés"))).contains(Basket.MODERATE);
        assertThat(CareKeywords.basket(FrenchText.fold("Classe B"))).contains(Basket.FREE);
    }

    @Test
    void reads_the_lens_class_the_optics_grid_needs() {
        assertThat(CareKeywords.lensClass("verre tres complexe")).contains("LENS-VERY-COMPLEX");
        assertThat(CareKeywords.lensClass("verre complexe")).contains("LENS-COMPLEX");
        assertThat(CareKeywords.lensClass("verre unifocal")).contains("LENS-SIMPLE");
        assertThat(CareKeywords.lensClass("verre progressif")).isEmpty();
    }
}
