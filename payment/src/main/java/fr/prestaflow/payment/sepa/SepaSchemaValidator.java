package fr.prestaflow.payment.sepa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates pain.001 and pain.002 documents against the ISO schemas on the classpath. Thread-safe; the schemas are
 * compiled once per instance, so share one instance.
 */
public final class SepaSchemaValidator {

    private final Map<SepaSchema, Schema> schemas = new EnumMap<>(SepaSchema.class);

    public SepaSchemaValidator() {
        for (SepaSchema schema : SepaSchema.values()) {
            schemas.put(schema, load(schema));
        }
    }

    /** Every problem found, with its line; empty when the document is valid. */
    public List<SchemaProblem> problems(SepaSchema schema, byte[] xml) {
        Collector collector = new Collector();
        try {
            Validator validator = schemas.get(schema).newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(collector);
            validator.validate(new SAXSource(SecureXml.saxReader(), new InputSource(new ByteArrayInputStream(xml))));
        } catch (SAXParseException e) {
            collector.add(e);
        } catch (SAXException e) {
            collector.problems.add(new SchemaProblem(-1, -1, e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(collector.problems);
    }

    public void requireValid(SepaSchema schema, byte[] xml) {
        List<SchemaProblem> problems = problems(schema, xml);
        if (!problems.isEmpty()) {
            throw new InvalidSepaDocument(schema, problems);
        }
    }

    private static Schema load(SepaSchema schema) {
        URL url = SepaSchemaValidator.class.getClassLoader().getResource(schema.resource());
        if (url == null) {
            throw new IllegalStateException("Missing schema on the classpath: " + schema.resource());
        }
        try (InputStream in = url.openStream()) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(in, url.toExternalForm()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("Cannot compile " + schema.resource(), e);
        }
    }

    private static final class Collector implements ErrorHandler {

        private final List<SchemaProblem> problems = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e);
        }

        // A fatal error reaches both the handler and the catch block; report it once.
        void add(SAXParseException e) {
            SchemaProblem problem = new SchemaProblem(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
    }
}
