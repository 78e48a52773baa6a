package org.yorisoi.rest.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.rest.internal.StaffDto.ApprovalRequest;
import org.yorisoi.rest.internal.StaffDto.ApprovalView;
import org.yorisoi.rest.internal.StaffDto.ExperienceRequest;
import org.yorisoi.rest.internal.StaffDto.ExperienceView;
import org.yorisoi.rest.internal.StaffDto.GrantRequest;
import org.yorisoi.rest.internal.StaffDto.NewPerson;
import org.yorisoi.rest.internal.StaffDto.PersonView;
import org.yorisoi.rest.internal.StaffDto.QualificationRequest;
import org.yorisoi.rest.internal.StaffDto.QualificationView;
import org.yorisoi.rest.internal.StaffDto.StaffChangeView;
import org.yorisoi.rest.internal.StaffDto.StaffDetail;
import org.yorisoi.rest.internal.StaffDto.VerificationRequest;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.ApprovalRecord;
import org.yorisoi.staff.ExperienceRecord;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.QualificationRecord;
import org.yorisoi.staff.RoleGrant;
import org.yorisoi.staff.StaffDirectory;

/**
 * The staff directory: persons, role grants, qualifications, experience and approvals, for administrators and
 * system managers. Every change is kept in the person's history by the directory and audited here.
 */
@Component(service = StaffResource.class)
@JaxrsResource
@JaxrsExtensionSelect({JsonProvider.SELECT, AuthorizationFilter.SELECT})
@Path("v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "staff", description = "The staff directory: persons, role grants, qualifications, experience, approvals, history")
public class StaffResource {

    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final String PERSON_ID = "the person's id (from GET /v1/staff)";

    private final StaffDirectory directory;
    private final AuditLog audit;
    private final ContractRegistry registry;

    @Context
    HttpServletRequest servletRequest;

    @Activate
    public StaffResource(@Reference StaffDirectory directory, @Reference AuditLog audit,
                         @Reference ContractRegistry registry) {
        this.directory = directory;
        this.audit = audit;
        this.registry = registry;
    }

    private Person person(String personId) {
        return directory.person(personId).orElseThrow(() -> new NotFoundException("no person " + personId));
    }

    private void audited(SecurityContext security, String contractId, String personId, String detail) {
        StaffAudit.success(audit, Callers.of(security), servletRequest, contractId, AuditActions.ACCOUNT_CHANGE,
                personId, detail);
    }

    private static Response created(Object entity) {
        return Response.status(201).entity(entity).build();
    }

    @GET
    @RequiresPermission(Permission.STAFF_READ)
    @Operation(summary = "Every person, active or not, by login name", operationId = "listStaff",
            responses = {
                @ApiResponse(responseCode = "200", description = "the persons",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = PersonView.class))))})
    public List<PersonView> list() {
        return directory.persons().stream().map(PersonView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.STAFF_MANAGE)
    @Operation(summary = "Create an active person (no role, no password yet)", operationId = "createStaff",
            responses = {
                @ApiResponse(responseCode = "201", description = "created",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = PersonView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER / BAD_RANGE: missing field, login taken or malformed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response create(NewPerson body, @Context SecurityContext security) {
        StaffParams.body(body);
        Caller caller = Callers.of(security);
        Person p = directory.createPerson(StaffParams.text("login", body.login()),
                StaffParams.text("displayName", body.displayName()), caller.login());
        audited(security, null, p.id(), "person-created");
        return created(PersonView.of(p));
    }

    @GET
    @Path("{personId}")
    @RequiresPermission(Permission.STAFF_READ)
    @Operation(summary = "A person with grants, qualifications, experience and approvals", operationId = "getStaff",
            responses = {
                @ApiResponse(responseCode = "200", description = "the person",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = StaffDetail.class))),
                @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such person",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public StaffDetail get(@Parameter(description = PERSON_ID) @PathParam("personId") String personId) {
        Person p = person(personId);
        return new StaffDetail(PersonView.of(p),
                directory.grants(p.id()).stream().map(SecurityDto.GrantView::of).toList(),
                directory.qualifications(p.id()).stream().map(QualificationView::of).toList(),
                directory.experience(p.id()).stream().map(ExperienceView::of).toList(),
                directory.approvals(p.id()).stream().map(ApprovalView::of).toList());
    }

    @GET
    @Path("{personId}/history")
    @RequiresPermission(Permission.STAFF_READ)
    @Operation(summary = "Every change to the person, oldest first", operationId = "getStaffHistory",
            responses = {
                @ApiResponse(responseCode = "200", description = "the changes",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = StaffChangeView.class)))),
                @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such person",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<StaffChangeView> history(@Parameter(description = PERSON_ID) @PathParam("personId") String personId) {
        return directory.history(person(personId).id()).stream().map(StaffChangeView::of).toList();
    }

    @POST
    @Path("{personId}/deactivation")
    @RequiresPermission(Permission.STAFF_MANAGE)
    @Operation(summary = "Deactivate a person (left, or access revoked): every grant ends before today",
            operationId = "deactivateStaff",
            description = "Irreversible. The person's sessions stop working at their next request.",
            responses = {
                @ApiResponse(responseCode = "200", description = "the person, deactivated",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = PersonView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_RANGE: already deactivated",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such person",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public PersonView deactivate(@Parameter(description = PERSON_ID) @PathParam("personId") String personId,
                                 @Context SecurityContext security) {
        Person p = directory.deactivate(person(personId).id(), Callers.of(security).login());
        audited(security, null, p.id(), "person-deactivated");
        return PersonView.of(p);
    }

    @POST
    @Path("{personId}/grants")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.STAFF_MANAGE)
    @Operation(summary = "Grant a role under a contract ('*' for ADMIN and SYSTEM_MANAGER only)", operationId = "grantRole",
            description = "A MUNICIPAL_VIEWER grant names the viewer's organisation, a recipient id of the contract; "
                    + "it decides the consultations the viewer may read.",
            responses = {
                @ApiResponse(responseCode = "201", description = "granted",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = SecurityDto.GrantView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: missing or unknown role, bad date; "
                        + "BAD_RANGE: role outside its scope, overlapping grant, organisation missing or not allowed",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such person",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response grant(@Parameter(description = PERSON_ID) @PathParam("personId") String personId, GrantRequest body,
                          @Context SecurityContext security) {
        StaffParams.body(body);
        Person p = person(personId);
        String contractId = StaffParams.text("contractId", body.contractId()).strip();
        Role role = StaffParams.enumValue("role", Role.class, body.role());
        RoleGrant g = directory.grantRole(p.id(), contractId, role, StaffParams.optionalDate("from", body.from()),
                StaffParams.optionalDate("until", body.until()), body.organisation(), Callers.of(security).login());
        audited(security, scope(contractId), p.id(), "role-granted role=" + role + " from=" + g.from()
                + (g.until() == null ? "" : " until=" + g.until()));
        return created(SecurityDto.GrantView.of(g));
    }

    @DELETE
    @Path("{personId}/grants/{contractId}/{role}")
    @RequiresPermission(Permission.STAFF_MANAGE)
    @Operation(summary = "Revoke a role under a contract: a grant in effect ends yesterday, one not begun is withdrawn",
            operationId = "revokeRole",
            responses = {
                @ApiResponse(responseCode = "200", description = "the grants as they were before the revocation",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = SecurityDto.GrantView.class)))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: unknown role",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such person, or no such grant in effect or to come",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<SecurityDto.GrantView> revoke(@Parameter(description = PERSON_ID) @PathParam("personId") String personId,
                                              @Parameter(description = "a contract id, or *") @PathParam("contractId") String contractId,
                                              @Parameter(description = "the role, e.g. COUNSELOR") @PathParam("role") String role,
                                              @Context SecurityContext security) {
        Person p = person(personId);
        Role r = StaffParams.enumValue("role", Role.class, role);
        List<RoleGrant> revoked = directory.revokeRole(p.id(), contractId, r, Callers.of(security).login());
        if (revoked.isEmpty()) {
            throw new NotFoundException("no grant of " + r + " under " + contractId + " in effect or to come");
        }
        audited(security, scope(contractId), p.id(), "role-revoked role=" + r);
        return revoked.stream().map(SecurityDto.GrantView::of).toList();
    }

    /** The audit entry's contract: none for a grant under every contract. */
    private static String scope(String contractId) {
        return RoleGrant.EVERY_CONTRACT.equals(contractId) ? null : contractId;
    }

    @POST
    @Path("{personId}/qualifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.STAFF_MANAGE)
    @Operation(summary = "Record a qualification; verified now when verifiedBy is given", operationId = "addQualification",
            responses = {
                @ApiResponse(responseCode = "201", description = "recorded",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = QualificationView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: missing or unknown type; BAD_RANGE: person deactivated",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such person",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response addQualification(@Parameter(description = PERSON_ID) @PathParam("personId") String personId,
                                     QualificationRequest body, @Context SecurityContext security) {
        StaffParams.body(body);
        Person p = person(personId);
        Qualification type = StaffParams.enumValue("type", Qualification.class, body.type());
        QualificationRecord q = directory.addQualification(p.id(), type, body.certificateNumber(), body.verifiedBy(),
                Callers.of(security).login());
        audited(security, null, p.id(), "qualification-added type=" + type + " verified=" + q.verified());
        return created(QualificationView.of(q));
    }

    @POST
    @Path("{personId}/qualifications/{type}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.STAFF_MANAGE)
    @Operation(summary = "Mark the person's unverified qualifications of a type verified now", operationId = "verifyQualification",
            responses = {
                @ApiResponse(responseCode = "200", description = "the qualifications verified",
                        content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = QualificationView.class)))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: unknown type or verifiedBy missing; "
                        + "BAD_RANGE: nothing unverified of that type",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such person",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public List<QualificationView> verifyQualification(
            @Parameter(description = PERSON_ID) @PathParam("personId") String personId,
            @Parameter(description = "the qualification type, e.g. CERTIFIED_PSYCHOLOGIST") @PathParam("type") String type,
            VerificationRequest body, @Context SecurityContext security) {
        StaffParams.body(body);
        Person p = person(personId);
        Qualification t = StaffParams.enumValue("type", Qualification.class, type);
        List<QualificationRecord> verified = directory.verifyQualification(p.id(), t,
                StaffParams.text("verifiedBy", body.verifiedBy()), Callers.of(security).login());
        audited(security, null, p.id(), "qualification-verified type=" + t);
        return verified.stream().map(QualificationView::of).toList();
    }

    @POST
    @Path("{personId}/experience")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.STAFF_MANAGE)
    @Operation(summary = "Record a period of experience (whole months, at least 1)", operationId = "addExperience",
            responses = {
                @ApiResponse(responseCode = "201", description = "recorded",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ExperienceView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: missing or unknown kind, months missing; "
                        + "BAD_RANGE: months out of range, person deactivated",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such person",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response addExperience(@Parameter(description = PERSON_ID) @PathParam("personId") String personId,
                                  ExperienceRequest body, @Context SecurityContext security) {
        StaffParams.body(body);
        Person p = person(personId);
        ExperienceKind kind = StaffParams.enumValue("kind", ExperienceKind.class, body.kind());
        if (body.months() == null) {
            throw new BadParameterException("months", "required, a whole number of months");
        }
        ExperienceRecord e = directory.addExperience(p.id(), kind, body.months(), body.description(),
                Callers.of(security).login());
        audited(security, null, p.id(), "experience-added kind=" + kind + " months=" + e.months());
        return created(ExperienceView.of(e));
    }

    @POST
    @Path("{personId}/approvals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.STAFF_MANAGE)
    @Operation(summary = "Record an approved exception under a contract (e.g. Kyoto's commissioner approval)",
            operationId = "addApproval",
            description = "For a deployed contract, `kind` must be one its qualification rules accept.",
            responses = {
                @ApiResponse(responseCode = "201", description = "recorded",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApprovalView.class))),
                @ApiResponse(responseCode = "400", description = "BAD_PARAMETER: missing field, kind the contract does not "
                        + "accept, approvedAt malformed; BAD_RANGE: person deactivated",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such person",
                        content = @Content(mediaType = JSON, schema = @Schema(implementation = ApiError.class)))})
    public Response addApproval(@Parameter(description = PERSON_ID) @PathParam("personId") String personId,
                                ApprovalRequest body, @Context SecurityContext security) {
        StaffParams.body(body);
        Person p = person(personId);
        String contractId = StaffParams.text("contractId", body.contractId()).strip();
        String kind = StaffParams.text("kind", body.kind()).strip();
        // a mistyped kind would be recorded and never count: check it against the deployed contract's rules
        registry.find(contractId).ifPresent(c -> {
            Set<String> accepted = StaffParams.approvalKinds(c);
            if (!accepted.contains(kind)) {
                throw new BadParameterException("kind", accepted.isEmpty()
                        ? "contract " + contractId + " accepts no approved exceptions"
                        : "expected one of " + String.join(", ", accepted) + ", got '" + kind + "'");
            }
        });
        OffsetDateTime at = Params.dateTime("approvedAt", body.approvedAt());
        Instant approvedAt = at == null ? null : at.toInstant();
        ApprovalRecord a = directory.addApproval(p.id(), kind, contractId,
                StaffParams.text("approvedBy", body.approvedBy()), approvedAt, body.note(), Callers.of(security).login());
        audited(security, contractId, p.id(), "approval-added kind=" + kind);
        return created(ApprovalView.of(a));
    }
}
