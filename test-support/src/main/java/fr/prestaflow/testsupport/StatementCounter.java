package fr.prestaflow.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the statements a piece of code sends to PostgreSQL from the current thread: a diagnostic of how set-based the
 * consumer's work is, printed by tests, never asserted (the count of a JDBC batch is one round trip; its rows apart).
 */
public final class StatementCounter {

    /** Round trips (execute or executeBatch) and rows added to batches, by the counting thread. */
    public record Counts(int statements, int batchedRows) {
    }

    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();

    private StatementCounter() {
    }

    public static <T> T count(Supplier<T> work, Consumer<Counts> report) {
        int[] counts = new int[2];
        COUNTING.set(counts);
        try {
            return work.get();
        } finally {
            COUNTING.remove();
            report.accept(new Counts(counts[0], counts[1]));
        }
    }

    /** Runs {@code work} and prints on stdout how many statements it sent, under {@code what}. */
    public static <T> T print(String what, Supplier<T> work) {
        return count(work, counts -> System.out.printf("[statements] %s: %d statements, %d rows in batches%n", what,
                counts.statements(), counts.batchedRows()));
    }

    private static Object wrap(Object target, Class<?> type) {
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
                new Counting(target));
    }

    private record Counting(Object target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            int[] counts = COUNTING.get();
            if (counts != null && method.getName().startsWith("execute")) {
                counts[0]++;
            } else if (counts != null && method.getName().equals("addBatch")) {
                counts[1]++;
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Connection connection) {
                return wrap(connection, Connection.class);
            }
            if (result instanceof Statement statement && method.getReturnType().isInterface()) {
                return wrap(statement, method.getReturnType());
            }
            return result;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? wrap(dataSource, DataSource.class) : bean;
                }
            };
        }
    }
}
