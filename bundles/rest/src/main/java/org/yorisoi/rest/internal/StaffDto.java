package org.yorisoi.rest.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.yorisoi.staff.ApprovalRecord;
import org.yorisoi.staff.EligibilityResult;
import org.yorisoi.staff.ExperienceRecord;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.QualificationRecord;
import org.yorisoi.staff.Shift;
import org.yorisoi.staff.Shortfall;
import org.yorisoi.staff.StaffChange;

/**
 * Request and response bodies of the staff directory and staffing endpoints. Dates are YYYY-MM-DD, instants
 * ISO-8601 at +09:00, formatted here as strings (see {@link Dto}).
 */
final class StaffDto {

    private static final String DATE_TIME = "date-time";

    private StaffDto() {
    }

    // --- responses ---

    @Schema(description = "A person of the staff directory")
    public record PersonView(String id, @Schema(example = "k.tanaka") String login,
                             @Schema(example = "田中 京子") String displayName,
                             @Schema(description = "false once deactivated; never reactivated") boolean active,
                             @Schema(format = DATE_TIME) String createdAt) {
        static PersonView of(Person p) {
            return new PersonView(p.id(), p.loginName(), p.displayName(), p.active(), SecurityDto.format(p.createdAt()));
        }
    }

    @Schema(description = "A qualification; only verified ones count for eligibility and the roster")
    public record QualificationView(@Schema(example = "CERTIFIED_PSYCHOLOGIST") String type,
                                    @Schema(example = "公認心理師") String nameJa, String certificateNumber,
                                    boolean verified, String verifiedBy, @Schema(format = DATE_TIME) String verifiedAt) {
        static QualificationView of(QualificationRecord q) {
            return new QualificationView(q.type().name(), q.type().nameJa(), q.certificateNumber(), q.verified(),
                    q.verifiedBy(), SecurityDto.format(q.verifiedAt()));
        }
    }

    @Schema(description = "A period of experience; records of one kind are summed")
    public record ExperienceView(@Schema(example = "COUNSELING_CHAT_SNS") String kind,
                                 @Schema(example = "チャット・SNS相談") String nameJa, int months, String description) {
        static ExperienceView of(ExperienceRecord e) {
            return new ExperienceView(e.kind().name(), e.kind().nameJa(), e.months(), e.description());
        }
    }

    @Schema(description = "An approved exception under a contract (e.g. a Kyoto commissioner approval)")
    public record ApprovalView(String kind, String contractId, String approvedBy,
                               @Schema(format = DATE_TIME) String approvedAt, String note) {
        static ApprovalView of(ApprovalRecord a) {
            return new ApprovalView(a.approvalKind(), a.contractId(), a.approvedBy(), SecurityDto.format(a.approvedAt()),
                    a.note());
        }
    }

    @Schema(description = "A person with everything recorded about them")
    public record StaffDetail(PersonView person, List<SecurityDto.GrantView> grants,
                              List<QualificationView> qualifications, List<ExperienceView> experience,
                              List<ApprovalView> approvals) {
    }

    @Schema(description = "One change to the staff directory")
    public record StaffChangeView(long sequence, @Schema(format = DATE_TIME) String at, String actor,
                                  @Schema(example = "ROLE_GRANTED") String what, String detail) {
        static StaffChangeView of(StaffChange c) {
            return new StaffChangeView(c.sequence(), SecurityDto.format(c.at()), c.actor(), c.what(), c.detail());
        }
    }

    @Schema(description = "Whether a person may work a role (or an activity of it) under the contract today")
    public record EligibilityView(String contractId, String personId, String role, String activity, boolean eligible,
                                  @Schema(description = "why not, in Japanese") List<String> reasons,
                                  @Schema(description = "the clauses of the rules that decided") List<String> clauses) {
        static EligibilityView of(String contractId, Person person, String role, String activity, EligibilityResult r) {
            return new EligibilityView(contractId, person.id(), role, activity, r.eligible(), r.reasons(), r.clauses());
        }
    }

    @Schema(description = "A person on duty in one role, from start (inclusive) to end (exclusive)")
    public record ShiftView(String id, String contractId, String personId, String login, String displayName,
                            @Schema(example = "COUNSELOR") String role,
                            @Schema(format = DATE_TIME, example = "2025-06-02T17:00:00+09:00") String start,
                            @Schema(format = DATE_TIME, example = "2025-06-02T22:00:00+09:00") String end) {
        static ShiftView of(Shift s, Person person) {
            return new ShiftView(s.id(), s.contractId(), s.personId(), person == null ? null : person.loginName(),
                    person == null ? null : person.displayName(), s.role().name(), Params.format(s.start()),
                    Params.format(s.end()));
        }
    }

    @Schema(description = "A span of a staffed opening during which a staffing rule is not met")
    public record ShortfallView(@Schema(format = DATE_TIME) String start, @Schema(format = DATE_TIME) String end,
                                @Schema(example = "HUMAN") String kind, @Schema(example = "COUNSELOR") String role,
                                @Schema(description = "the rule's minimum, or its maximum when exceeded") int required,
                                int assigned,
                                @Schema(description = "true: too many on duty rather than too few") boolean excess,
                                String clause) {
        static ShortfallView of(Shortfall s) {
            return new ShortfallView(Params.format(s.start()), Params.format(s.end()), s.kind().name(), s.role().name(),
                    s.required(), s.assigned(), s.excess(), s.clause());
        }
    }

    // --- requests ---

    public record NewPerson(@Schema(example = "k.tanaka", requiredMode = Schema.RequiredMode.REQUIRED) String login,
                            @Schema(example = "田中 京子", requiredMode = Schema.RequiredMode.REQUIRED) String displayName) {
    }

    public record GrantRequest(@Schema(example = "kyoto", description = "a contract id, or * for ADMIN and SYSTEM_MANAGER",
                                       requiredMode = Schema.RequiredMode.REQUIRED) String contractId,
                               @Schema(example = "COUNSELOR", requiredMode = Schema.RequiredMode.REQUIRED) String role,
                               @Schema(format = "date", description = "first day; default today") String from,
                               @Schema(format = "date", description = "last day (inclusive); default open-ended") String until,
                               @Schema(example = "kyoto-city-board",
                                       description = "MUNICIPAL_VIEWER only (required there): a recipient id of the contract")
                               String organisation) {
    }

    public record QualificationRequest(@Schema(example = "CERTIFIED_PSYCHOLOGIST", requiredMode = Schema.RequiredMode.REQUIRED) String type,
                                       String certificateNumber,
                                       @Schema(description = "who checked the certificate; without it the qualification is recorded unverified")
                                       String verifiedBy) {
    }

    public record VerificationRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String verifiedBy) {
    }

    public record ExperienceRequest(@Schema(example = "COUNSELING_CHAT_SNS", requiredMode = Schema.RequiredMode.REQUIRED) String kind,
                                    @Schema(example = "18", requiredMode = Schema.RequiredMode.REQUIRED) Integer months,
                                    @Schema(description = "where and what; no personal data of consulters") String description) {
    }

    public record ApprovalRequest(@Schema(description = "an approval kind the contract's rules accept",
                                          requiredMode = Schema.RequiredMode.REQUIRED) String kind,
                                  @Schema(example = "kyoto", requiredMode = Schema.RequiredMode.REQUIRED) String contractId,
                                  @Schema(example = "京都府教育委員会 指導主事", requiredMode = Schema.RequiredMode.REQUIRED) String approvedBy,
                                  @Schema(format = DATE_TIME, description = "default now") String approvedAt,
                                  @Schema(description = "e.g. the reference of the approval letter") String note) {
    }

    public record ShiftRequest(@Schema(description = "person id or login", requiredMode = Schema.RequiredMode.REQUIRED) String personId,
                               @Schema(example = "COUNSELOR", requiredMode = Schema.RequiredMode.REQUIRED) String role,
                               @Schema(format = DATE_TIME, example = "2025-06-02T17:00:00+09:00",
                                       requiredMode = Schema.RequiredMode.REQUIRED) String start,
                               @Schema(format = DATE_TIME, example = "2025-06-02T22:00:00+09:00",
                                       requiredMode = Schema.RequiredMode.REQUIRED) String end) {
    }
}
