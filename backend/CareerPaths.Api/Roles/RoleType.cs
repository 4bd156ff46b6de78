using CareerPaths.Api.Data.Roles;
using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Roles;

/// <summary>The GraphQL type Role (a published role profile) and the enums that classify roles.</summary>
internal static class RoleType
{
    public static SchemaBuilder AddRoleTypes(this SchemaBuilder builder) => builder
        .Enum<RoleFamily>("RoleFamily", e => e.Description("The family a role belongs to."))
        .Enum<RoleTier>("RoleTier", e => e.Description("Strategic roles decide the what and why, tactical ones the how and when, operational ones do."))
        .Enum<RoleSide>("RoleSide", e => e.Description("Whether a role governs (evaluate, direct, monitor), manages (plan, build, run), or both."))
        .Enum<RoleVersionStatus>("RoleVersionStatus", e => e.Description("The life cycle of a role profile version."))
        .Enum<EducationLevel>("EducationLevel", e => e.Description("The kind of qualification an education requirement asks for."))
        .Object<RoleRecord>("Role", t =>
        {
            t.Description("A role profile: what the role does and the skills, certifications, education and experience it needs. Shows the published version.");
            t.Authorize(Policies.Employee);
            t.AsNode(role => role.Id, static (context, id) => context.PublishedRoleById().LoadAsync(id));
            t.Field(role => role.Code).Description("Stable kebab-case code, e.g. `cio`.");
            t.Field(role => role.Name);
            t.Field(role => role.Family);
            t.Field(role => role.Tier);
            t.Field(role => role.Side);
            t.Field(role => role.Description);
            t.Field(role => role.Responsibilities).Description("What a person in the role is accountable for.");
            t.Field(role => role.MinimumExperienceYears).Description("Years of relevant experience the role asks for.");
            t.Field("education").Type("[EducationRequirement!]!")
                .Description("Degrees the role asks for or prefers.")
                .ResolveAsync(static (role, context) => context.EducationByVersion().LoadAsync(role.VersionId));
            t.Field("requirements").Type("[RoleRequirement!]!")
                .Description("The skills the role needs, in the order the profile lists them.")
                .ResolveAsync(static (role, context) => context.RequirementsByVersion().LoadAsync(role.VersionId));
            t.Field("certificationRequirements").Type("[CertificationRequirementGroup!]!")
                .Description("Certification requirements; each is satisfied by holding any one of its certifications.")
                .ResolveAsync(static (role, context) => context.CertificationGroupsByVersion().LoadAsync(role.VersionId));
            t.Field("transitionsFrom").Type("[CareerTransition!]!")
                .Description("Curated moves out of this role (where people in it typically go next), quickest first.")
                .ResolveAsync(static (role, context) => context.TransitionsFromRole().LoadAsync(role.Id));
            t.Field("transitionsTo").Type("[CareerTransition!]!")
                .Description("Curated moves into this role (where people typically come from), quickest first.")
                .ResolveAsync(static (role, context) => context.TransitionsToRole().LoadAsync(role.Id));
            t.Field(role => role.Sources).Description("Where the profile's content comes from (URLs or source articles).");
            t.Field(role => role.VersionNumber).Description("The version shown: 1, 2, 3 … in the order versions were created.");
            t.Field(role => role.Status).Description("The status of the version shown.");
            t.Field(role => role.PublishedAt).Description("When the version shown was published; null for a draft.");
        });
}
