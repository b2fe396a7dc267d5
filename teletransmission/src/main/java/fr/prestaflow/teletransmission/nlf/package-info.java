/**
 * NLF 1.0 files and NLA 1.0 acknowledgments (shared/domain/NLF.md), pure Java, no Spring.
 *
 * <p>Files: {@code new NlfProcessor(receiverCode, registry).process(in, sink, nlaOut)} reads the file once, streams what
 * passes to the {@link fr.prestaflow.teletransmission.nlf.DecompteSink} and ends it with {@code commit()} or
 * {@code discard()}, writes the NLA to {@code nlaOut} and returns its header values
 * ({@link fr.prestaflow.teletransmission.nlf.NlfResult}). When {@code result.isRecordable()}, the caller stores the
 * SHA-256 and the NLA under {@code result.fileKey()} and the ingested décompte ids, and answers later uploads through
 * its {@link fr.prestaflow.teletransmission.nlf.NlfRegistry}.
 *
 * <p>Integrator messages (one {@code 100} and its {@code 200}s):
 * {@link fr.prestaflow.teletransmission.nlf.DecompteMessageValidator}.
 */
package fr.prestaflow.teletransmission.nlf;
