using CareerPaths.Api.Identity;
using CareerPaths.Api.Organisation;
using CareerPaths.Api.Skills;
using CareerPaths.GraphQL.Types;
using CareerPaths.Matching.HeatMap;

namespace CareerPaths.Api.Matching;

/// <summary>SkillGapHeatmap, HeatmapRow and HeatmapCell, bound to the matcher's records.</summary>
internal static class HeatmapTypes
{
    public static SchemaBuilder AddHeatmapTypes(this SchemaBuilder builder) => builder
        .Object<SkillGapHeatMap>("SkillGapHeatmap", t =>
        {
            t.Description("Gap severity by org unit × skill. Every row has one cell per skill of `skills`, in that order.");
            t.Authorize(Policies.LearningAndDevelopment);
            t.Field("skills").Type("[Skill!]!").Description("The skills the population is measured on, by id.")
                .ResolveAsync(static (map, context) => context.SkillById().LoadManyAsync(map.SkillIds));
            t.Field(map => map.Total).Type("HeatmapRow!").Description("Everyone in scope, people without a unit included.");
            t.Field(map => map.Rows).Type("[HeatmapRow!]!").Description("One row per org unit in scope, each covering the units below it.");
        })
        .Object<HeatMapRow>("HeatmapRow", t =>
        {
            t.Description("One org unit, rolled up over the units below it.");
            t.Authorize(Policies.LearningAndDevelopment);
            t.Field("orgUnit").Type("OrgUnit").Description("Null for the total row.")
                .ResolveAsync(static (row, context) => row.OrgUnitId is { } id ? context.OrgUnitById().LoadAsync(id) : Task.FromResult<OrgUnitRecord?>(null));
            t.Field(row => row.Headcount).Description("People in scope in the unit and below, with or without gaps.");
            t.Field(row => row.Cells).Type("[HeatmapCell!]!");
        })
        .Object<HeatMapCell>("HeatmapCell", t =>
        {
            t.Description("One skill in one unit: Σ weight × gap ÷ headcount (weight = importance × 2 when essential).");
            t.Authorize(Policies.LearningAndDevelopment);
            t.Field("skill").Type("Skill!").ResolveAsync(static (cell, context) => context.SkillById().LoadAsync(cell.SkillId));
            t.Field(cell => cell.PeopleWithGap);
            t.Field(cell => cell.TotalGapLevels).Description("Σ gap in levels.");
            t.Field(cell => cell.Severity).Description("Weighted levels missing per head: comparable between units of different sizes.");
        });
}
