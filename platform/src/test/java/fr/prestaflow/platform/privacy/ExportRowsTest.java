package fr.prestaflow.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExportRowsTest {

    @Test
    void a_converted_column_takes_its_new_name_at_the_same_place_and_the_other_columns_stay() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rank", 1);
        row.put("nir_encrypted", "sealed");
        row.put("birth_date", "1980-05-01");

        List<Map<String, Object>> converted = ExportRows.converted(List.of(row), "nir_encrypted", "nir", String::toUpperCase);

        assertThat(converted).singleElement().satisfies(out -> {
            assertThat(out.keySet()).containsExactly("rank", "nir", "birth_date");
            assertThat(out).containsEntry("nir", "SEALED").containsEntry("rank", 1);
        });
    }

    @Test
    void a_null_value_stays_null_without_being_converted() {
        Map<String, Object> row = new HashMap<>();
        row.put("nir_encrypted", null);

        List<Map<String, Object>> converted = ExportRows.converted(List.of(row), "nir_encrypted", "nir", value -> {
            throw new AssertionError("converted a null");
        });

        assertThat(converted.getFirst()).containsEntry("nir", null).doesNotContainKey("nir_encrypted");
    }
}
