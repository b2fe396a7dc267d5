package fr.prestaflow.payment;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Diagnostic only: prints the SQL statements the calling thread prepares while it runs something (a JDBC batch counts
 * once). Tests never assert on it; it shows, on stdout, how many round trips a path costs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

    public static <T> T print(String what, Supplier<T> action) {
        List<String> statements = new ArrayList<>();
        RECORDED.set(statements);
        try {
            return action.get();
        } finally {
            RECORDED.remove();
            Map<String, Integer> counts = new TreeMap<>();
            statements.forEach(sql -> counts.merge(sql.replaceAll("\\s+", " ").trim(), 1, Integer::sum));
            System.out.println("[statements] " + what + ": " + statements.size());
            counts.forEach((sql, n) -> System.out.printf("[statements]   %5d  %.150s%n", n, sql));
        }
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof DataSource)) {
                    return bean;
                }
                var factory = new ProxyFactory(bean);
                factory.setProxyTargetClass(true);
                factory.addAdvice((MethodInterceptor) invocation -> {
                    Object result = invocation.proceed();
                    return result instanceof Connection connection ? recording(connection) : result;
                });
                return factory.getProxy();
            }
        };
    }

    private static Connection recording(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    List<String> statements = RECORDED.get();
                    if (statements != null && method.getName().startsWith("prepare") && args[0] instanceof String sql) {
                        statements.add(sql);
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
