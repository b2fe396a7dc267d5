package fr.prestaflow.adjudication.claims;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What storing a claim cost the database, read from inside the transaction that stored it: the rows it inserted (the
 * transaction's own {@code n_tup_ins}), and, over the rows it left in the tables keyed by claim, the entries each index
 * got (a partial index only for rows matching its predicate) and the checks each foreign key ran (one SPI query per row
 * on PostgreSQL 14, skipped when a key column is null). Read from the catalog, so a table or index added or dropped
 * is counted without changing this class.
 */
record ClaimWrites(Map<String, Long> rowsInserted, Map<String, Long> indexEntries, Map<String, Long> foreignKeyChecks) {

    static ClaimWrites of(JdbcClient jdbc, UUID claimId) {
        List<String> tables = jdbc.sql("""
                        select table_name::text from information_schema.columns
                        where table_schema = current_schema() and column_name = 'claim_id' order by 1""")
                .query(String.class).list();
        Map<String, Long> rows = new TreeMap<>();
        jdbc.sql("""
                        select relname::text, n_tup_ins from pg_stat_xact_user_tables
                        where schemaname = current_schema() and relname = any(:tables) and n_tup_ins > 0""")
                .param("tables", tables.toArray(String[]::new))
                .query(rs -> {
                    rows.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, Long> indexes = new TreeMap<>();
        jdbc.sql("""
                        select t.relname::text as table_name, i.relname::text as index_name,
                               coalesce(pg_get_expr(x.indpred, x.indrelid), 'true') as predicate
                        from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
                        where t.relnamespace = current_schema()::regnamespace and t.relname = any(:tables)""")
                .param("tables", tables.toArray(String[]::new))
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list()
                .forEach(index -> indexes.put(index[1], count(jdbc, index[0], index[2], claimId)));
        Map<String, Long> checks = new TreeMap<>();
        jdbc.sql("""
                        select t.relname::text as table_name, c.conname::text as constraint_name,
                               string_agg(quote_ident(a.attname) || ' is not null', ' and ') as all_set
                        from pg_constraint c join pg_class t on t.oid = c.conrelid
                        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
                        where c.contype = 'f' and t.relnamespace = current_schema()::regnamespace
                          and t.relname = any(:tables)
                        group by t.relname, c.conname""")
                .param("tables", tables.toArray(String[]::new))
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list()
                .forEach(key -> checks.put(key[1], count(jdbc, key[0], key[2], claimId)));
        return new ClaimWrites(rows, indexes, checks);
    }

    private static long count(JdbcClient jdbc, String table, String condition, UUID claimId) {
        return jdbc.sql("select count(*) from " + table + " where claim_id = :claim and (" + condition + ")")
                .param("claim", claimId).query(Long.class).single();
    }

    long rows() {
        return sum(rowsInserted);
    }

    long entries() {
        return sum(indexEntries);
    }

    long checks() {
        return sum(foreignKeyChecks);
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
