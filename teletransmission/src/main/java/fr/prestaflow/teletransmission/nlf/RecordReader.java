package fr.prestaflow.teletransmission.nlf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Reads the fields of one record in field order with the check order of NLF.md §5 step 8: mandatory (E021), then
 * grammar (E022..E026), then range (E027). The first failure is thrown as {@link RecordRejected}.
 */
final class RecordReader {

    private final Fields fields;

    RecordReader(Fields fields) {
        this.fields = fields;
    }

    Fields fields() {
        return fields;
    }

    void expectFieldCount(int expected) {
        if (fields.count() != expected) {
            throw new RecordRejected(new Finding(NlfCode.E020, "", "expected=" + expected + ";found=" + fields.count()));
        }
    }

    String mandatory(int field, String name) {
        if (fields.isEmpty(field)) {
            throw RecordRejected.of(NlfCode.E021, name);
        }
        return fields.text(field);
    }

    String matching(int field, String name, TextSyntax syntax) {
        return matching(field, name, syntax, NlfCode.E025);
    }

    String matching(int field, String name, TextSyntax syntax, NlfCode onMismatch) {
        requirePresent(field, name);
        if (!syntax.matches(fields.line(), fields.start(field), fields.end(field))) {
            throw RecordRejected.of(onMismatch, name);
        }
        return fields.text(field);
    }

    long uint(int field, String name) {
        requirePresent(field, name);
        long value = Syntax.uint(fields.line(), fields.start(field), fields.end(field));
        if (value == Syntax.INVALID) {
            throw RecordRejected.of(NlfCode.E022, name);
        }
        return value;
    }

    int uint(int field, String name, int min, int max) {
        long value = uint(field, name);
        if (value < min || value > max) {
            throw RecordRejected.of(NlfCode.E027, name);
        }
        return (int) value;
    }

    long amount(int field, String name) {
        requirePresent(field, name);
        long value = Syntax.amount(fields.line(), fields.start(field), fields.end(field));
        if (value == Syntax.INVALID) {
            throw RecordRejected.of(NlfCode.E022, name);
        }
        return value;
    }

    long total(int field, String name) {
        requirePresent(field, name);
        long value = Syntax.total(fields.line(), fields.start(field), fields.end(field));
        if (value == Syntax.INVALID) {
            throw RecordRejected.of(NlfCode.E022, name);
        }
        return value;
    }

    LocalDate date(int field, String name) {
        requirePresent(field, name);
        return Syntax.date(fields.line(), fields.start(field), fields.end(field))
                .orElseThrow(() -> RecordRejected.of(NlfCode.E023, name));
    }

    OffsetDateTime timestamp(int field, String name) {
        requirePresent(field, name);
        return Syntax.timestamp(fields.line(), fields.start(field), fields.end(field))
                .orElseThrow(() -> RecordRejected.of(NlfCode.E024, name));
    }

    boolean bool(int field, String name) {
        requirePresent(field, name);
        if (fields.is(field, "1")) {
            return true;
        }
        if (fields.is(field, "0")) {
            return false;
        }
        throw RecordRejected.of(NlfCode.E026, name);
    }

    /** An optional field of a closed list: empty when absent. */
    <E extends Enum<E>> Optional<E> optional(int field, String name, Class<E> codes) {
        if (fields.isEmpty(field)) {
            return Optional.empty();
        }
        for (E code : codes.getEnumConstants()) {
            if (fields.is(field, code.name())) {
                return Optional.of(code);
            }
        }
        throw RecordRejected.of(NlfCode.E026, name);
    }

    /** An optional flag written as one letter ({@code T}, {@code R}) or empty. */
    boolean flag(int field, String name, String letter) {
        if (fields.isEmpty(field)) {
            return false;
        }
        if (fields.is(field, letter)) {
            return true;
        }
        throw RecordRejected.of(NlfCode.E026, name);
    }

    private void requirePresent(int field, String name) {
        if (fields.isEmpty(field)) {
            throw RecordRejected.of(NlfCode.E021, name);
        }
    }
}
