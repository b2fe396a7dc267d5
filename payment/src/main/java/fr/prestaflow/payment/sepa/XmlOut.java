package fr.prestaflow.payment.sepa;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin StAX writer that indents, so that the line numbers of a validation problem point at one element and the
 * file can be read by the people at the bank who receive it.
 */
final class XmlOut {

    private static final String INDENT = "  ";

    private final XMLStreamWriter writer;
    private int depth;

    private XmlOut(XMLStreamWriter writer) {
        this.writer = writer;
    }

    /** A UTF-8 {@code Document} root in the given namespace, with {@code message} as its only child. */
    static byte[] document(String namespace, String message, Consumer<XmlOut> body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory()
                    .createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            writer.writeCharacters("\n");
            writer.writeStartElement("Document");
            writer.writeDefaultNamespace(namespace);
            XmlOut out = new XmlOut(writer);
            out.depth = 1;
            out.start(message);
            body.accept(out);
            out.end();
            writer.writeCharacters("\n");
            writer.writeEndElement();
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML", e);
        }
        return bytes.toByteArray();
    }

    XmlOut start(String element) {
        try {
            newLine();
            writer.writeStartElement(element);
            depth++;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write <" + element + ">", e);
        }
    }

    XmlOut end() {
        try {
            depth--;
            newLine();
            writer.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot close an element", e);
        }
    }

    XmlOut leaf(String element, String text) {
        try {
            newLine();
            writer.writeStartElement(element);
            writer.writeCharacters(text);
            writer.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write <" + element + ">", e);
        }
    }

    XmlOut amount(String element, String currency, String amount) {
        try {
            newLine();
            writer.writeStartElement(element);
            writer.writeAttribute("Ccy", currency);
            writer.writeCharacters(amount);
            writer.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write <" + element + ">", e);
        }
    }

    private void newLine() throws XMLStreamException {
        writer.writeCharacters("\n" + INDENT.repeat(depth));
    }
}
