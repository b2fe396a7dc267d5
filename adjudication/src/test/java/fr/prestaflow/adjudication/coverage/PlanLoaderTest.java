package fr.prestaflow.adjudication.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.prestaflow.adjudication.rules.Guarantee;
import fr.prestaflow.adjudication.rules.LoyaltyBonus;
import fr.prestaflow.adjudication.rules.PercentLevels;
import fr.prestaflow.adjudication.rules.Plan;
import fr.prestaflow.adjudication.rules.RenewalUnit;
import fr.prestaflow.contracts.care.CareCategory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlanLoaderTest {

    private final PlanLoader loader = new PlanLoader();

    private static String bundled(String id) throws IOException {
        try (var in = PlanLoaderTest.class.getClassLoader().getResourceAsStream("plans/" + id + ".json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void loads_the_three_bundled_plans() {
        PlanCatalog catalog = loader.loadBundled();

        assertThat(catalog.ids()).containsExactlyInAnyOrder("ESSENTIEL", "CONFORT", "SERENITE");
        Plan confort = catalog.versionsOf("CONFORT").inForceOn(LocalDate.of(2025, 6, 1));
        assertThat(confort.responsible()).isTrue();
        assertThat(confort.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(confort.guaranteeFor(CareCategory.GP_CONSULTATION))
                .isEqualTo(new Guarantee.PercentOfBase(new PercentLevels.ByOptam(150, 130),
                        confort.guaranteeFor(CareCategory.GP_CONSULTATION).terms()));
        assertThat(confort.guaranteeFor(CareCategory.HOSPITAL_PRIVATE_ROOM))
                .isInstanceOfSatisfying(Guarantee.FixedPerUnit.class,
                        room -> assertThat(room.maxUnitsPerYear()).isEqualTo(OptionalInt.of(30)));
    }

    @Test
    void reads_ceilings_renewals_and_the_loyalty_bonus() {
        Plan serenite = loader.loadBundled().versionsOf("SERENITE").versions().getFirst();

        var prosthesis = serenite.guaranteeFor(CareCategory.DENTAL_PROSTHESIS).terms();
        assertThat(prosthesis.yearlyCeilingCents().getAsLong()).isEqualTo(200000);
        assertThat(prosthesis.loyaltyBonus()).contains(new LoyaltyBonus(2));
        var lensRenewal = serenite.guaranteeFor(CareCategory.OPTICS_LENS).terms().renewal().orElseThrow();
        assertThat(lensRenewal.years()).isEqualTo(2);
        assertThat(lensRenewal.yearsUnder16()).isEqualTo(OptionalInt.of(1));
        assertThat(lensRenewal.per()).isEqualTo(RenewalUnit.EYE);
        assertThat(serenite.guaranteeFor(CareCategory.OPTICS_LENS)).isInstanceOf(Guarantee.FixedPerLensByClass.class);
    }

    @Test
    void names_the_file_when_it_is_not_json() {
        assertThatThrownBy(() -> loader.parse("plans/BROKEN.json", "{\"id\": \"BROKEN\","))
                .isInstanceOf(InvalidPlanFile.class)
                .hasMessageContaining("plans/BROKEN.json")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void names_the_file_and_the_problem_when_a_category_is_missing() throws IOException {
        String json = bundled("CONFORT").replace("\"BIRTH_ALLOWANCE\": {", "\"BIRTH_ALLOWANCE_OLD\": {");

        assertThatThrownBy(() -> loader.parse("CONFORT.json", json))
                .isInstanceOf(InvalidPlanFile.class)
                .hasMessageContaining("CONFORT.json")
                .hasMessageContaining("BIRTH_ALLOWANCE");
    }

    @Test
    void rejects_an_unknown_guarantee_type() throws IOException {
        String json = bundled("ESSENTIEL").replaceFirst("\"type\": \"NONE\"", "\"type\": \"HALF\"");

        assertThatThrownBy(() -> loader.parse("ESSENTIEL.json", json))
                .isInstanceOf(InvalidPlanFile.class)
                .hasMessageContaining("ESSENTIEL.json")
                .hasMessageContaining("PHARMACY_15");
    }

    @Test
    void reports_only_the_problem_of_the_guarantee_type_the_entry_declares() throws IOException {
        String json = bundled("CONFORT").replaceFirst("\"amountCents\": 8000", "\"amountCents\": -1");

        assertThatThrownBy(() -> loader.parse("CONFORT.json", json))
                .isInstanceOf(InvalidPlanFile.class)
                .hasMessage("Invalid plan file CONFORT.json: does not match plan.schema.json: "
                        + "/coverage/OPTICS_FRAME/amountCents: must have a minimum value of 0");
    }

    @Test
    void rejects_a_percentage_given_both_as_one_level_and_as_two() throws IOException {
        String json = bundled("CONFORT").replaceFirst("\"percentOptam\": 150,", "\"percent\": 150, \"percentOptam\": 150,");

        assertThatThrownBy(() -> loader.parse("CONFORT.json", json)).isInstanceOf(InvalidPlanFile.class);
    }

    @Test
    void rejects_a_date_that_is_not_a_date() throws IOException {
        String json = bundled("CONFORT").replace("\"2025-01-01\"", "\"2025-02-30\"");

        assertThatThrownBy(() -> loader.parse("CONFORT.json", json))
                .isInstanceOf(InvalidPlanFile.class)
                .hasMessageContaining("validFrom");
    }

    @Test
    void names_the_bad_file_of_a_directory(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("CONFORT.json"), bundled("CONFORT"));
        Files.writeString(directory.resolve("BAD.json"), bundled("ESSENTIEL").replace("\"version\": 1", "\"version\": 0"));

        assertThatThrownBy(() -> loader.loadDirectory(directory))
                .isInstanceOf(InvalidPlanFile.class)
                .hasMessageContaining("BAD.json")
                .hasMessageContaining("version");
    }

    @Test
    void loads_a_directory_and_skips_the_schema(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("CONFORT.json"), bundled("CONFORT"));
        Files.writeString(directory.resolve("plan.schema.json"), "{}");

        assertThat(loader.loadDirectory(directory).ids()).containsExactly("CONFORT");
    }

    @Test
    void says_which_plan_is_unknown() {
        assertThatThrownBy(() -> loader.loadBundled().versionsOf("PLATINE"))
                .isInstanceOf(UnknownPlan.class).hasMessageContaining("PLATINE");
    }
}
