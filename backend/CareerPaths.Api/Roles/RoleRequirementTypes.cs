using CareerPaths.Api.Certifications;
using CareerPaths.Api.Identity;
using CareerPaths.Api.Skills;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Roles;

/// <summary>What a role version requires: RoleRequirement, CertificationRequirementGroup, EducationRequirement.</summary>
internal static class RoleRequirementTypes
{
    public static SchemaBuilder AddRoleRequirementTypes(this SchemaBuilder builder) => builder
        .Object<RoleRequirementRecord>("RoleRequirement", t =>
        {
            t.Description("A skill a role needs, at which level, and how much it weighs in a person's fit.");
            t.Authorize(Policies.Employee);
            t.Field("skill").Type("Skill!")
                .ResolveAsync(static (requirement, context) => context.SkillById().LoadAsync(requirement.SkillId));
            t.Field(requirement => requirement.RequiredLevel).Description("The level needed, 1–7.");
            t.Field(requirement => requirement.Importance).Description("1 (nice to have) to 5 (critical): its weight in the fit.");
            t.Field(requirement => requirement.Essential).Description("Essential requirements must be met to be ready now; the others are desirable.");
        })
        .Object<CertificationGroupRecord>("CertificationRequirementGroup", t =>
        {
            t.Description("\"Any of these certifications\": holding one of them satisfies the requirement (e.g. CISSP or CISM).");
            t.Authorize(Policies.Employee);
            t.Field(group => group.Required).Description("Required groups are gaps when unmet; recommended ones only count towards the fit.");
            t.Field("certifications").Type("[Certification!]!")
                .Description("The certifications that satisfy it, in code order.")
                .ResolveAsync(static (group, context) => context.CertificationById().LoadManyAsync(group.CertificationIds));
        })
        .Object<EducationRecord>("EducationRequirement", t =>
        {
            t.Description("A degree a role asks for or prefers, in any of the listed fields.");
            t.Authorize(Policies.Employee);
            t.Field(education => education.Level);
            t.Field(education => education.Fields).Description("Accepted fields of study; empty means any field.");
            t.Field(education => education.Required).Description("Whether the degree is required or only preferred.");
        });
}
