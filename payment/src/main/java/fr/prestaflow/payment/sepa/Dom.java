package fr.prestaflow.payment.sepa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Navigation by local name in a document that already passed schema validation (so the namespace is right). */
final class Dom {

    private Dom() {
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    static Optional<Element> child(Element parent, String... path) {
        Optional<Element> current = Optional.of(parent);
        for (String name : path) {
            current = current.flatMap(element -> children(element, name).stream().findFirst());
        }
        return current;
    }

    static Element required(Element parent, String... path) {
        return child(parent, path).orElseThrow(() -> new SepaRuleViolation(
                "Missing " + String.join("/", path) + " under " + parent.getLocalName()));
    }

    static Optional<String> text(Element parent, String... path) {
        return child(parent, path).map(element -> element.getTextContent().strip());
    }

    static String requiredText(Element parent, String... path) {
        return required(parent, path).getTextContent().strip();
    }
}
