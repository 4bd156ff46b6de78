using System.Globalization;
using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Roles;

/// <summary>The GraphQL type RoleVersion: any version of a role profile, drafts included, for HR only.</summary>
internal static class RoleVersionType
{
    public static SchemaBuilder AddRoleVersionTypes(this SchemaBuilder builder) => builder
        .Object<RoleVersionRecord>("RoleVersion", t =>
        {
            t.Description("One version of a role profile: a draft HR edits, the published version, or an archived one. HR only.");
            t.Authorize(Policies.HR);
            t.AsNode(version => version.Id, static (context, id) => context.RoleVersionById().LoadAsync(id));
            t.Field("role").Type("Role").Description("The role as employees see it (its published version); null when none is published.")
                .ResolveAsync(static (version, context) => context.PublishedRoleById().LoadAsync(version.RoleId));
            t.Field(version => version.Code).Description("The role's code.");
            t.Field(version => version.VersionNumber);
            t.Field(version => version.Status);
            t.Field(version => version.Name);
            t.Field(version => version.Family);
            t.Field(version => version.Tier);
            t.Field(version => version.Side);
            t.Field(version => version.Description);
            t.Field(version => version.Responsibilities);
            t.Field(version => version.MinimumExperienceYears);
            t.Field(version => version.Sources);
            t.Field("requirements").Type("[RoleRequirement!]!")
                .ResolveAsync(static (version, context) => context.RequirementsByVersion().LoadAsync(version.Id));
            t.Field("certificationRequirements").Type("[CertificationRequirementGroup!]!")
                .ResolveAsync(static (version, context) => context.CertificationGroupsByVersion().LoadAsync(version.Id));
            t.Field("education").Type("[EducationRequirement!]!")
                .ResolveAsync(static (version, context) => context.EducationByVersion().LoadAsync(version.Id));
            t.Field(version => version.CreatedAt);
            t.Field(version => version.PublishedAt).Description("Null for a draft.");
            t.Field("rowVersion", version => version.RowVersion.ToString(CultureInfo.InvariantCulture)).Type("String!")
                .Description("The role's concurrency token when this was read; send it as `expectedRowVersion` to change the role.");
        });
}
