package fr.prestaflow.payment.sepa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Target2CalendarTest {

    private final Target2Calendar calendar = new Target2Calendar();

    @ParameterizedTest
    @CsvSource({"2000,2000-04-23", "2008,2008-03-23", "2019,2019-04-21", "2024,2024-03-31", "2025,2025-04-20",
            "2026,2026-04-05", "2027,2027-03-28", "2038,2038-04-25", "2285,2285-03-22"})
    void easter_sunday_is_computed_for_any_year(int year, LocalDate easter) {
        assertThat(Target2Calendar.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-29", "2024-04-01", "2025-04-18", "2025-04-21", "2026-04-03", "2026-04-06",
            "2027-03-26", "2027-03-29"})
    void good_friday_and_easter_monday_are_closed(LocalDate day) {
        assertThat(calendar.isBusinessDay(day)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-01", "2025-05-01", "2025-12-25", "2025-12-26", "2026-01-01", "2026-05-01"})
    void new_year_labour_day_and_christmas_are_closed(LocalDate day) {
        assertThat(calendar.isBusinessDay(day)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-15", "2025-03-16"})
    void a_weekend_is_closed(LocalDate day) {
        assertThat(calendar.isBusinessDay(day)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-04-17", "2025-04-22", "2025-05-08", "2025-05-29", "2025-07-14", "2025-12-24",
            "2025-12-31"})
    void french_bank_holidays_and_christmas_eve_are_target2_business_days(LocalDate day) {
        assertThat(calendar.isBusinessDay(day)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "2025-03-14,2025-03-14",
            "2025-03-15,2025-03-17",
            "2025-04-18,2025-04-22",
            "2025-12-25,2025-12-29",
            "2021-12-25,2021-12-27",
            "2022-01-01,2022-01-03",
            "2027-04-30,2027-04-30",
            "2027-05-01,2027-05-03"})
    void the_next_business_day_on_or_after_skips_weekends_and_closing_days(LocalDate from, LocalDate expected) {
        assertThat(calendar.nextBusinessDayOnOrAfter(from)).isEqualTo(expected);
    }

    @Test
    void a_business_day_is_its_own_next_business_day() {
        LocalDate monday = LocalDate.of(2025, 6, 2);

        assertThat(calendar.nextBusinessDayOnOrAfter(monday)).isEqualTo(monday);
    }
}
