using CareerPaths.Api.Audit;
using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Roles;

/// <summary>HR's mutations of role profiles: drafts, edits with optimistic concurrency, publishing and archiving. Each is audited.</summary>
internal static class RoleMutations
{
    public static SchemaBuilder AddRoleMutations(this SchemaBuilder builder) => builder
        .InputObject<RoleRequirementInput>("RoleRequirementInput", t => t.Description("A skill code, the level needed (1–7), importance (1–5), essential or desirable."))
        .InputObject<CertificationGroupInput>("CertificationGroupInput", t => t.Description("Certification codes any one of which satisfies the group (1–10)."))
        .InputObject<EducationRequirementInput>("EducationRequirementInput", t => t.Description("A degree level and the accepted fields (empty: any)."))
        .InputObject<CreateRoleInput>("CreateRoleInput", t => t.Description("A new kebab-case role code and its first draft's basics."))
        .InputObject<CreateRoleDraftInput>("CreateRoleDraftInput")
        .InputObject<UpdateRoleDraftInput>("UpdateRoleDraftInput", t =>
        {
            t.Description("The draft, the role's rowVersion as read, and the fields to change (absent: unchanged; a list replaces the list).");
            t.Field(i => i.DraftId).Type("ID!");
            t.Field(i => i.ExpectedRowVersion);
            t.Field(i => i.Name);
            t.Field(i => i.Family);
            t.Field(i => i.Tier);
            t.Field(i => i.Side);
            t.Field(i => i.Description);
            t.Field(i => i.Responsibilities);
            t.Field(i => i.MinimumExperienceYears);
            t.Field(i => i.Sources);
            t.Field(i => i.Requirements);
            t.Field(i => i.CertificationGroups);
            t.Field(i => i.Education);
        })
        .InputObject<PublishRoleDraftInput>("PublishRoleDraftInput", t =>
        {
            t.Field(i => i.DraftId).Type("ID!");
            t.Field(i => i.ExpectedRowVersion);
        })
        .InputObject<ArchiveRoleInput>("ArchiveRoleInput", t =>
        {
            t.Field(i => i.RoleCode);
            t.Field(i => i.ExpectedRowVersion).Description("When given, the role must still be at this rowVersion.");
        })
        .AddDomainErrorType<RoleCodeTakenError>("RoleCodeTakenError", t => t.Field(e => e.Code))
        .AddDomainErrorType<InvalidCodeError>("InvalidCodeError", t =>
        {
            t.Field(e => e.Field);
            t.Field(e => e.Code);
        })
        .AddDomainErrorType<DraftExistsError>("DraftExistsError", t =>
        {
            t.Field(e => e.RoleCode);
            t.Field(e => e.DraftId).Type("ID!");
        })
        .AddDomainErrorType<ConcurrencyConflictError>("ConcurrencyConflictError", t =>
        {
            t.Description("The role changed since it was read; nothing was written.");
            t.Field(e => e.ExpectedRowVersion);
            t.Field(e => e.ActualRowVersion);
        })
        .AddDomainErrorType<RoleNameTakenError>("RoleNameTakenError", t =>
        {
            t.Field(e => e.Name);
            t.Field(e => e.RoleCode).Description("The published role that has the name.");
        })
        .AddDomainErrorType<RoleNotPublishedError>("RoleNotPublishedError", t => t.Field(e => e.RoleCode))
        .AddMutationPayload<RoleVersionRecord>("CreateRole", "draft", "RoleVersion", "TextLengthError", "InvalidCodeError", "RoleCodeTakenError")
        .AddMutationPayload<RoleVersionRecord>("CreateRoleDraft", "draft", "RoleVersion", "UnknownRoleError", "DraftExistsError")
        .AddMutationPayload<RoleVersionRecord>("UpdateRoleDraft", "draft", "RoleVersion",
            "NotFoundError", "ConcurrencyConflictError", "TextLengthError", "ValueOutOfRangeError", "DuplicateValueError", "UnknownSkillError", "UnknownCertificationError")
        .AddMutationPayload<RoleRecord>("PublishRoleDraft", "role", "Role", "NotFoundError", "ConcurrencyConflictError", "RoleNameTakenError")
        .AddMutationPayload<RoleVersionRecord>("ArchiveRole", "archived", "RoleVersion", "UnknownRoleError", "ConcurrencyConflictError", "RoleNotPublishedError")
        .Object("Mutation", mutation =>
        {
            mutation.Mutation<CreateRoleInput>("CreateRole", Policies.HR,
                "Creates a new role with its first draft.", RoleDraftChanges.CreateRoleAsync);
            mutation.Mutation<CreateRoleDraftInput>("CreateRoleDraft", Policies.HR,
                "Starts the next version of a role as a draft, copied from the published (or else the latest) version.", RoleDraftChanges.CreateRoleDraftAsync);
            mutation.Mutation<UpdateRoleDraftInput>("UpdateRoleDraft", Policies.HR,
                "Changes a draft if the role is still at expectedRowVersion (otherwise ConcurrencyConflictError, and nothing is written).", RoleDraftUpdate.UpdateRoleDraftAsync);
            mutation.Mutation<PublishRoleDraftInput>("PublishRoleDraft", Policies.HR,
                "Publishes a draft; the version it replaces is archived, in the same transaction.", RolePublishing.PublishRoleDraftAsync);
            mutation.Mutation<ArchiveRoleInput>("ArchiveRole", Policies.HR,
                "Archives a role's published version: employees no longer see the role; HR still reads every version.", RolePublishing.ArchiveRoleAsync);
        });
}
