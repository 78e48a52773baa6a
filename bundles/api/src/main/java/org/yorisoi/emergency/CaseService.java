package org.yorisoi.emergency;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.yorisoi.audit.AuditEntry;
import org.yorisoi.contract.spi.EscalationRule.Trigger;
import org.yorisoi.security.Caller;

/**
 * Cases and their steps. Staff methods take the {@link Caller}, check its permission under the case's contract
 * (throwing {@link org.yorisoi.security.AccessDeniedException}), audit with the case id as target, and refuse invalid
 * input with {@link IllegalArgumentException} and a wrong state with {@link IllegalStateException}, messages naming
 * ids only.
 */
@ProviderType
public interface CaseService {

    /**
     * Opens a case on a conversation (needs CASE_DECLARE): lays out the contract's escalation steps for the trigger,
     * routes each notice by the conversation's attributes and sends the notices at once. Refused when the contract has
     * no rule for the trigger, or when an open case of the same trigger exists on the conversation.
     */
    EmergencyCase open(Caller caller, String conversationId, Trigger trigger, CaseOrigin origin);

    /** One case with its step records (needs CASE_WORK under its contract); reading records is audited. */
    Optional<EmergencyCase> find(Caller caller, String caseId);

    /** The contract's cases, newest first, without the step records (needs CASE_WORK). */
    List<EmergencyCase> cases(Caller caller, String contractId, boolean openOnly);

    /** The cases opened on a conversation, newest first, with step records (needs CASE_WORK; audited). */
    List<EmergencyCase> casesOf(Caller caller, String conversationId);

    /**
     * Records a step as done with what was done (needs CASE_WORK; the step's owner or a lead). A report step routed to
     * recipients sends its notice when it is done. Automatic notice steps are done by the platform and refused here.
     */
    EmergencyCase completeStep(Caller caller, String caseId, int stepIndex, String record);

    /** Gives a step to another counselor or lead of the contract (needs CASE_SUPERVISE). */
    EmergencyCase assignStep(Caller caller, String caseId, int stepIndex, String personId);

    /**
     * Closes the case (needs CASE_WORK while every step is done; CASE_SUPERVISE with steps left, which are then
     * recorded as left undone).
     */
    EmergencyCase close(Caller caller, String caseId);

    /** The notice the link points at, when the token is right; nothing of the consultation. */
    Optional<Acknowledgement> acknowledgement(String noticeId, String token);

    /**
     * Records the acknowledgement of a notice (the recipient followed the link and confirmed). Idempotent: a second
     * confirmation changes nothing and answers the first one's time.
     *
     * @param origin the client's address, for the audit log
     * @throws IllegalArgumentException when the notice does not exist or the token is wrong (the same message for both)
     */
    Acknowledgement acknowledge(String noticeId, String token, String origin);

    /** The contract's lead alerts, newest first (needs CASE_SUPERVISE). */
    List<LeadAlert> alerts(Caller caller, String contractId, boolean unseenOnly);

    /** Marks an alert seen (needs CASE_SUPERVISE). */
    LeadAlert alertSeen(Caller caller, String alertId);

    /** Everything the audit log holds about the case, oldest first (needs CASE_SUPERVISE). */
    List<AuditEntry> timeline(Caller caller, String caseId);
}
