package fr.prestaflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.platform.messaging.DeferredInserts;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Rows given as one array per column arrive as the same rows, nulls and all, deferred or not. */
@PlatformTest
class DeferredInsertsTest {

    private static final String INSERT = """
            insert into deferred_arrays (run, id, n, big, flag, day, at, label, code, doc)
            select * from unnest(:run::uuid[], :id::uuid[], :n::int[], :big::bigint[], :flag::boolean[], :day::date[],
                :at::timestamptz[], :label::varchar[], :code::bpchar[], :doc::json[])""";

    @Autowired JdbcClient jdbc;
    @Autowired DeferredInserts inserts;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void table() {
        jdbc.sql("""
                create table if not exists deferred_arrays (run uuid not null, id uuid, n int, big bigint, flag boolean,
                    day date, at timestamptz, label varchar(40), code char(4), doc json)""").update();
    }

    @Test
    void every_column_type_and_null_round_trips_when_written_at_once() {
        UUID run = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-03-01T10:15:30.123456Z");
        inserts.insertAsArrays(INSERT, List.of(
                row(run, id, 7, 12_345_678_901L, true, LocalDate.of(2026, 2, 28), Timestamp.from(at), Channel.UPLOAD,
                        "AB", "{\"a\":[1,2]}"),
                row(run, null, null, null, null, null, null, null, null, null),
                row(run, UUID.randomUUID(), -1, 0L, false, LocalDate.of(2025, 12, 31),
                        OffsetDateTime.ofInstant(at, ZoneOffset.ofHours(2)), "l'été", "ABCD", "null")));

        List<Map<String, Object>> rows = jdbc.sql("""
                        select id, n, big, flag, day, at, label, code, doc::text as doc from deferred_arrays
                        where run = :run order by n nulls last""").param("run", run).query().listOfRows();

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsEntry("n", -1).containsEntry("big", 0L).containsEntry("flag", false)
                .containsEntry("label", "l'été").containsEntry("code", "ABCD").containsEntry("doc", "null");
        assertThat(rows.get(1)).containsEntry("id", id).containsEntry("n", 7).containsEntry("big", 12_345_678_901L)
                .containsEntry("flag", true).containsEntry("label", "UPLOAD").containsEntry("code", "AB  ")
                .containsEntry("doc", "{\"a\":[1,2]}");
        assertThat(rows.get(1).get("day").toString()).isEqualTo("2026-02-28");
        assertThat(((Timestamp) rows.get(1).get("at")).toInstant()).isEqualTo(at);
        assertThat(((Timestamp) rows.get(0).get("at")).toInstant()).isEqualTo(at);
        assertThat(rows.get(2)).containsEntry("id", null).containsEntry("n", null).containsEntry("day", null)
                .containsEntry("at", null).containsEntry("doc", null);
    }

    @Test
    void deferred_rows_of_several_calls_are_all_written_at_commit_and_not_before() {
        UUID run = UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            inserts.deferUntilCommit();
            for (int i = 0; i < 300; i++) {
                inserts.insertAsArrays(INSERT, List.of(row(run, UUID.randomUUID(), i, (long) i * i, i % 2 == 0, null,
                        null, "row " + i, null, null)));
            }
            assertThat(count(run)).as("nothing written before the commit").isZero();
        });

        assertThat(count(run)).isEqualTo(300);
        assertThat(jdbc.sql("select count(*) from deferred_arrays where run = :run and big = n * n and flag = (n % 2 = 0)"
                + " and label = 'row ' || n").param("run", run).query(Long.class).single()).isEqualTo(300);
    }

    private long count(UUID run) {
        return jdbc.sql("select count(*) from deferred_arrays where run = :run").param("run", run).query(Long.class)
                .single();
    }

    private static MapSqlParameterSource row(UUID run, UUID id, Integer n, Long big, Boolean flag, LocalDate day,
                                             Object at, Object label, String code, String doc) {
        return new MapSqlParameterSource().addValue("run", run).addValue("id", id).addValue("n", n)
                .addValue("big", big).addValue("flag", flag).addValue("day", day).addValue("at", at)
                .addValue("label", label).addValue("code", code).addValue("doc", doc);
    }
}
