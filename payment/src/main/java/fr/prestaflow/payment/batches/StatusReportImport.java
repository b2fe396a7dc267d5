package fr.prestaflow.payment.batches;

/**
 * What importing a pain.002 did. The counts are the report's verdicts on the batch's transfers.
 *
 * @param duplicate the same report (same bank MsgId) was already imported: nothing was changed
 */
public record StatusReportImport(String reportMessageId, boolean duplicate, int accepted, int rejected, int pending,
                                 BatchView batch) {
}
