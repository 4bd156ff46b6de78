using CareerPaths.Api.Data.Skills;
using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Skills;

/// <summary>The GraphQL types of the skill catalogue: Skill, SkillLevel, SkillExternalCodes, SkillCategory.</summary>
internal static class SkillType
{
    public static SchemaBuilder AddSkillTypes(this SchemaBuilder builder) => builder
        .Enum<SkillCategory>("SkillCategory", e => e.Description("The broad kind of a skill."))
        .Object<SkillRecord>("Skill", t =>
        {
            t.Description("A skill of the catalogue, measured on the shared proficiency scale 0–7 (SFIA's levels of responsibility).");
            t.Authorize(Policies.Employee);
            t.AsNode(skill => skill.Id, static (context, id) => context.SkillById().LoadAsync(id));
            t.Field(skill => skill.Code).Description("Stable kebab-case code, e.g. `it-governance`.");
            t.Field(skill => skill.Name);
            t.Field(skill => skill.Category);
            t.Field(skill => skill.Description);
            t.Field("levels").Type("[SkillLevel!]!")
                .Description("What each level from 1 to 7 looks like in practice, from level 1 up.")
                .ResolveAsync(static (skill, context) => context.LevelsBySkill().LoadAsync(skill.Id));
            t.Field("externalCodes", skill => skill.ExternalCodes).Type("SkillExternalCodes")
                .Description("The skill's codes in O*NET, ESCO and SFIA; null when it maps onto none.");
            t.Field(skill => skill.Source).Description("Where the definition comes from (a URL or a source article).");
        })
        .Object<SkillLevelRecord>("SkillLevel", t =>
        {
            t.Description("One proficiency level of one skill.");
            t.Authorize(Policies.Employee);
            t.Field(level => level.Level).Description("1 (follow) to 7 (set strategy, inspire).");
            t.Field(level => level.Descriptor).Description("What a person at this level does.");
        })
        .Object<SkillExternalCodes>("SkillExternalCodes", t =>
        {
            t.Description("Where a skill sits in other frameworks.");
            t.Authorize(Policies.Employee);
            t.Field(codes => codes.Onet).Description("O*NET element id, e.g. `2.B.5.b`.");
            t.Field(codes => codes.Esco).Description("ESCO skill URI.");
            t.Field(codes => codes.Sfia).Description("SFIA skill code, e.g. `GOVN`.");
        });
}
