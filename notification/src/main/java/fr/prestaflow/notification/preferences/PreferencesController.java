package fr.prestaflow.notification.preferences;

import fr.prestaflow.notification.web.CallerScope;
import fr.prestaflow.notification.web.ErrorCode;
import fr.prestaflow.platform.audit.AuditAction;
import fr.prestaflow.platform.audit.AuditTrail;
import fr.prestaflow.platform.web.AccessReason;
import fr.prestaflow.platform.web.Caller;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The member's contact details and channels. PUT creates them the first time (201), then replaces them (200). Staff
 * access is audited (default reason MEMBER_REQUEST); a change commits with its audit entry.
 */
@RestController
@RequestMapping("/api/v1/notification-preferences")
class PreferencesController {

    private static final String RESOURCE = "notification-preferences";

    private final MemberContacts contacts;
    private final Clock clock;
    private final AuditTrail audit;

    PreferencesController(MemberContacts contacts, Clock clock, AuditTrail audit) {
        this.contacts = contacts;
        this.clock = clock;
        this.audit = audit;
    }

    @GetMapping
    Preferences get(Caller caller, @RequestParam(required = false) String contract) {
        String contractNumber = CallerScope.contract(caller, contract);
        Preferences preferences = contacts.find(contractNumber).map(Preferences::of)
                .orElseThrow(() -> ErrorCode.PREFERENCES_NOT_FOUND.exception("No notification preferences for this contract"));
        audit.record(caller, AuditAction.READ, RESOURCE, contractNumber, contractNumber, AccessReason.MEMBER_REQUEST);
        return preferences;
    }

    @PutMapping
    @Transactional
    public ResponseEntity<Preferences> put(Caller caller, @RequestParam(required = false) String contract,
                                    @Valid @RequestBody PreferencesRequest request) {
        Optional<String> email = Optional.ofNullable(request.email()).filter(e -> !e.isBlank()).map(String::strip);
        Optional<String> phone = Optional.ofNullable(request.phone()).filter(p -> !p.isBlank())
                .map(p -> p.replace(" ", "").replace(".", ""));
        if (request.channels().contains(ContactChannel.EMAIL) && email.isEmpty()) {
            throw ErrorCode.CONTACT_MISSING_FOR_CHANNEL.exception("The EMAIL channel needs an e-mail address");
        }
        if (request.channels().contains(ContactChannel.SMS) && phone.isEmpty()) {
            throw ErrorCode.CONTACT_MISSING_FOR_CHANNEL.exception("The SMS channel needs a phone number");
        }
        var contact = new MemberContact(CallerScope.contract(caller, contract), email, phone, request.channels(), request.optOut(),
                clock.instant());
        boolean created = contacts.save(contact);
        audit.record(caller, created ? AuditAction.CREATE : AuditAction.UPDATE, RESOURCE, contact.contractNumber(),
                contact.contractNumber(), AccessReason.MEMBER_REQUEST);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(Preferences.of(contact));
    }
}
