package fr.prestaflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.SpringAsmInfo;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * No code of the service (nor of the platform it runs on) may hold a JDBC connection beyond the call that borrowed
 * it. {@code JdbcClient...query(..).stream()} and {@code queryForStream} keep the connection until the Stream is
 * closed, and outside a transaction an unclosed one never goes back to the pool: that leak, one connection per claim
 * analysed, once left HikariCP at active=10 for good after a burst of uploads. Read with {@code list()},
 * {@code optional()} or {@code single()}; borrow connections only through Spring's templates.
 */
class JdbcConnectionUseTest {

    @Test
    void no_class_streams_query_results_or_borrows_a_connection_by_hand() throws IOException {
        List<String> offending = new ArrayList<>();
        Resource[] classes = new PathMatchingResourcePatternResolver().getResources("classpath*:fr/prestaflow/**/*.class");
        int scanned = 0;
        for (Resource resource : classes) {
            String location = resource.getURL().toString();
            if (location.contains("/test-classes/") || location.contains("test-support")) {
                continue;
            }
            scanned++;
            try (InputStream in = resource.getInputStream()) {
                new ClassReader(in).accept(new Calls(offending), ClassReader.SKIP_DEBUG);
            }
        }
        assertThat(scanned).as("classes of document-intake and platform scanned").isGreaterThan(50);
        assertThat(offending).as("calls that keep a JDBC connection beyond the call").isEmpty();
    }

    private static final class Calls extends ClassVisitor {

        private final List<String> offending;
        private String className;

        Calls(List<String> offending) {
            super(SpringAsmInfo.ASM_VERSION);
            this.offending = offending;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            className = name.replace('/', '.');
        }

        @Override
        public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                                         String[] exceptions) {
            return new MethodVisitor(SpringAsmInfo.ASM_VERSION) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean itf) {
                    boolean springJdbc = owner.startsWith("org/springframework/jdbc/");
                    boolean streamed = springJdbc && (name.equals("stream") || name.equals("queryForStream"));
                    boolean byHand = name.equals("getConnection")
                            && (owner.equals("javax/sql/DataSource") || owner.startsWith("com/zaxxer/hikari/")
                            || owner.equals("org/springframework/jdbc/datasource/DataSourceUtils"));
                    if (streamed || byHand) {
                        offending.add(className + "." + method + " calls " + owner.replace('/', '.') + "." + name);
                    }
                }
            };
        }
    }
}
