package fr.prestaflow.notification.timeline;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A claim's lines or steps, decoded from their json when first looked at. Messages read whole claims but show neither,
 * and decoding them was a fifth of the service's work during a teletransmission file.
 */
final class ReadOnFirstUse<T> extends AbstractList<T> {

    private final Supplier<List<T>> read;
    private volatile List<T> items;

    private ReadOnFirstUse(Supplier<List<T>> read) {
        this.read = read;
    }

    static <T> List<T> of(Supplier<List<T>> read) {
        return new ReadOnFirstUse<>(read);
    }

    private List<T> items() {
        List<T> read = items;
        if (read == null) {
            read = List.copyOf(this.read.get());
            items = read;
        }
        return read;
    }

    @Override
    public T get(int index) {
        return items().get(index);
    }

    @Override
    public int size() {
        return items().size();
    }
}
