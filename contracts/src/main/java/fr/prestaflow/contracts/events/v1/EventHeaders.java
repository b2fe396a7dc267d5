package fr.prestaflow.contracts.events.v1;

/** Kafka header names every event carries (CloudEvents binary mode, plus W3C trace context). */
public final class EventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";
    /** Set on dead-lettered records: why the consumer gave up. */
    public static final String DLT_REASON = "dlt-reason";
    /** Integrator sender code on inbound NLF décompte messages. */
    public static final String NLF_SENDER = "nlf-sender";

    private EventHeaders() {
    }
}
