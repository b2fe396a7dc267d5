package fr.prestaflow.intake.claims;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimReceived;
import fr.prestaflow.intake.analysis.SupportingDocuments;
import fr.prestaflow.intake.claims.ClaimViews.ClaimAccepted;
import fr.prestaflow.intake.claims.ClaimViews.DocumentView;
import fr.prestaflow.intake.claims.ClaimViews.DuplicateView;
import fr.prestaflow.intake.documents.MemberDocument;
import fr.prestaflow.intake.documents.MemberDocuments;
import fr.prestaflow.platform.ids.TimeOrderedIds;
import fr.prestaflow.platform.outbox.OutboxWriter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores an upload whose every file was accepted: the claim, its documents (each content once per member) and the
 * ClaimReceived event, in one transaction. The analysis starts once it is committed.
 */
@Service
class ClaimIntake {

    private static final Logger log = LoggerFactory.getLogger(ClaimIntake.class);

    private final ClaimStore claims;
    private final MemberDocuments documents;
    private final OutboxWriter outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Counter received;
    private final Counter duplicates;

    ClaimIntake(ClaimStore claims, MemberDocuments documents, OutboxWriter outbox, ApplicationEventPublisher events,
                Clock clock, MeterRegistry meters) {
        this.claims = claims;
        this.documents = documents;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
        this.received = Counter.builder("prestaflow.intake.claims.received").tag("channel", "UPLOAD").register(meters);
        this.duplicates = Counter.builder("prestaflow.intake.documents.duplicates").register(meters);
    }

    @Transactional
    public ClaimAccepted receive(String memberContract, ClaimForm form, List<Upload> uploads) {
        UUID claimId = TimeOrderedIds.next();
        Instant now = clock.instant();
        try (var ignored = MDC.putCloseable("claimId", claimId.toString())) {
            BeneficiaryRef beneficiary = ClaimForms.beneficiary(memberContract, form.beneficiary());
            claims.insert(new Claim(claimId, memberContract, beneficiary, form.comment(),
                    Boolean.TRUE.equals(form.visionChangeJustified()), ClaimForms.hints(form), ClaimStatus.RECEIVED,
                    now, null, null));
            Set<String> inThisClaim = new HashSet<>();
            for (int position = 0; position < uploads.size(); position++) {
                Upload upload = uploads.get(position);
                MemberDocument document = documents.register(memberContract, upload.inspected(), upload.content(),
                        claimId, now);
                boolean repeated = !inThisClaim.add(document.sha256());
                UUID firstSentIn = repeated || document.firstClaimId().equals(claimId) ? null : document.firstClaimId();
                claims.link(claimId, position, document.id(), upload.fileName(), upload.declaration().type().strip(),
                        SupportingDocuments.isSupporting(upload.declaration().type()), upload.declaration().comment(),
                        repeated, firstSentIn);
            }
            outbox.append(Topics.INTAKE_CLAIMS, new ClaimReceived(claimId, now, Channel.UPLOAD, beneficiary,
                    Claim.sourceOf(claimId)));
            events.publishEvent(new ClaimStored(claimId));

            List<DocumentView> views = claims.documents(claimId).stream().map(DocumentView::of).toList();
            List<DuplicateView> duplicated = DuplicateView.of(views);
            received.increment();
            duplicates.increment(duplicated.size());
            log.info("Upload claim received with {} document(s), {} already sent", views.size(), duplicated.size());
            return new ClaimAccepted(claimId, ClaimStatus.RECEIVED, views, duplicated);
        }
    }
}
