package fr.prestaflow.notification.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.notification.NotificationTest;
import org.junit.jupiter.api.Test;

/**
 * A claim's row is written again at each poll that changes it. PostgreSQL can keep the new version on the same page
 * without new index entries (a HOT update) only when no indexed column changes, predicates included; a claim's status,
 * moments, amounts, lines and steps change at every step, so none of them may be indexed.
 */
class TimelineIndexesTest extends NotificationTest {

    @Test
    void the_timeline_s_indexes_cover_only_columns_that_a_claim_s_ordinary_steps_leave_unchanged() {
        // key columns, then those of expressions and predicates (which only pg_depend names)
        var indexed = jdbc.sql("""
                        select a.attname from pg_index i
                        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                        where i.indrelid = 'claim_timeline'::regclass
                        union
                        select a.attname from pg_index i
                        join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = i.indexrelid
                                        and d.refobjid = i.indrelid
                        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = d.refobjsubid
                        where i.indrelid = 'claim_timeline'::regclass""")
                .query(String.class).list();

        assertThat(indexed).containsExactlyInAnyOrder("claim_id", "contract_number", "received_at",
                "beneficiary_nir_index", "in_review_since");
    }
}
