package org.yorisoi.rest.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.yorisoi.rest.internal.StaffDto.ApprovalView;
import org.yorisoi.rest.internal.StaffDto.ExperienceView;
import org.yorisoi.rest.internal.StaffDto.QualificationView;
import org.yorisoi.staff.RosterMark;
import org.yorisoi.staff.RosterRemoval;
import org.yorisoi.staff.RosterRow;
import org.yorisoi.staff.RosterSheet;
import org.yorisoi.staff.RosterSubmission;

/** The JSON shapes of a contract's roster and its submissions. */
final class RosterDto {

    private RosterDto() {
    }

    @Schema(description = "That the roster was submitted to the municipality, with what changed since the submission before")
    public record RosterSubmissionView(long id, String contractId, @Schema(format = "date-time") String submittedAt,
                                       String submittedBy, int persons, int added, int changed, int removed) {
        static RosterSubmissionView of(RosterSubmission s) {
            return s == null ? null : new RosterSubmissionView(s.id(), s.contractId(), SecurityDto.format(s.submittedAt()),
                    s.submittedBy(), s.persons(), s.added(), s.changed(), s.removed());
        }
    }

    @Schema(description = "Where the person stands against one qualification rule: the category the roster states")
    public record CategoryView(@Schema(example = "COUNSELOR") String role,
                               @Schema(description = "the activity the rule is limited to, or null") String activity,
                               @Schema(example = "sakai 6⑤A") String clause, boolean met,
                               @Schema(description = "the alternatives of the rule the person meets, in Japanese") List<String> alternatives) {
        static CategoryView of(RosterRow.Category c) {
            return new CategoryView(c.role().name(), c.activity(), c.clause(), c.isMet(), c.met());
        }
    }

    @Schema(description = "One person on the roster")
    public record RosterRowView(@Schema(description = "NEW, CHANGED or UNCHANGED since the last submission") String mark,
                                @Schema(example = "変更") String markJa, String personId, String login,
                                String displayName, List<SecurityDto.GrantView> grants,
                                List<QualificationView> qualifications, List<ExperienceView> experience,
                                List<ApprovalView> approvals, List<CategoryView> categories,
                                @Schema(description = "SHA-256 of the row's content, as kept at submission") String fingerprint) {
        static RosterRowView of(RosterRow r) {
            return new RosterRowView(r.mark().name(), r.mark().labelJa(), r.personId(), r.loginName(), r.displayName(),
                    r.grants().stream().map(SecurityDto.GrantView::of).toList(),
                    r.qualifications().stream().map(QualificationView::of).toList(),
                    r.experience().stream().map(ExperienceView::of).toList(),
                    r.approvals().stream().map(ApprovalView::of).toList(),
                    r.categories().stream().map(CategoryView::of).toList(), r.fingerprint());
        }
    }

    @Schema(description = "A person on the last submitted roster who is no longer on it (mark REMOVED)")
    public record RosterRemovalView(String personId, String login, String displayName, String mark, String markJa) {
        static RosterRemovalView of(RosterRemoval r) {
            return new RosterRemovalView(r.personId(), r.loginName(), r.displayName(), RosterMark.REMOVED.name(),
                    RosterMark.REMOVED.labelJa());
        }
    }

    @Schema(description = "A contract's staff roster as of a day, marked against the last submission")
    public record RosterSheetView(String contractId, String contractNameJa, @Schema(format = "date") String asOf,
                                  @Schema(format = "date-time") String generatedAt,
                                  @Schema(description = "the submission the marks compare with; null when none")
                                  RosterSubmissionView lastSubmission,
                                  boolean changedSinceLastSubmission, List<RosterRowView> rows,
                                  List<RosterRemovalView> removed) {
        static RosterSheetView of(RosterSheet s) {
            return new RosterSheetView(s.contractId(), s.contractNameJa(), Params.format(s.asOf()),
                    SecurityDto.format(s.generatedAt()), RosterSubmissionView.of(s.lastSubmission()),
                    s.changedSinceLastSubmission(), s.rows().stream().map(RosterRowView::of).toList(),
                    s.removed().stream().map(RosterRemovalView::of).toList());
        }
    }
}
