package fr.prestaflow.payment.sepa;

/** The ISO 20022 schemas shipped in {@code src/main/resources/sepa}, byte-exact copies of the ISO originals. */
public enum SepaSchema {

    PAIN_001_001_09("sepa/pain.001.001.09.xsd", "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"),
    PAIN_002_001_10("sepa/pain.002.001.10.xsd", "urn:iso:std:iso:20022:tech:xsd:pain.002.001.10");

    private final String resource;
    private final String namespace;

    SepaSchema(String resource, String namespace) {
        this.resource = resource;
        this.namespace = namespace;
    }

    public String resource() {
        return resource;
    }

    public String namespace() {
        return namespace;
    }

    /** The message name as reported in pain.002 {@code OrgnlMsgNmId}, e.g. {@code pain.001.001.09}. */
    public String messageName() {
        return namespace.substring(namespace.lastIndexOf(':') + 1);
    }
}
