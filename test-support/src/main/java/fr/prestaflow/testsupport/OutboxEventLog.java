package fr.prestaflow.testsupport;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Tests ask "which events did the service write?" of {@code outbox_event_log}: the relay deletes an outbox row once the
 * broker has it, so {@code outbox_event} only shows what is still to publish. After the migrations, a trigger is set to
 * copy every row inserted into the outbox; only test databases get it.
 */
final class OutboxEventLog implements Callback {

    private static final String INSTALL = """
            do $$
            begin
              if to_regclass('outbox_event') is not null and to_regclass('outbox_event_log') is null then
                create table outbox_event_log (like outbox_event);
                create function outbox_event_log_copy() returns trigger language plpgsql
                  as 'begin insert into outbox_event_log select new.*; return new; end';
                create trigger outbox_event_log_copy after insert on outbox_event
                  for each row execute function outbox_event_log_copy();
              end if;
            end $$""";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(INSTALL);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not install the test outbox log", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "outboxEventLog";
    }
}
