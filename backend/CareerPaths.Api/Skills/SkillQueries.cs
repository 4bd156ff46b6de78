using CareerPaths.Api.Data.Skills;
using CareerPaths.Api.GraphQL;
using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Skills;

/// <summary>The query fields of the skill catalogue: <c>skills</c> (a connection) and <c>skill(code:)</c>.</summary>
internal static class SkillQueries
{
    public static SchemaBuilder AddSkillQueries(this SchemaBuilder builder) => builder
        .AddConnectionType<SkillRecord>("Skill")
        .AuthorizeConnection("Skill", Policies.Employee)
        .Object("Query", query =>
        {
            query.Field("skills").UseConnection("Skill")
                .Description("The skill catalogue in code order, optionally of one category or matching a search.")
                .Argument("category", "SkillCategory", "Only skills of this category.")
                .Argument("search", "String", $"Only skills whose code or name contains this text, ignoring case (at most {SearchText.MaxLength} characters).")
                .ResolveAsync(static context =>
                {
                    // Read the arguments now: the count may run after this resolver has returned.
                    var category = context.Arguments.GetValueOrDefault("category") as SkillCategory?;
                    var pattern = SearchText.ToPattern(context.Arguments.GetValueOrDefault("search") as string);
                    return context.ToConnectionAsync(db => Filter(db.Skills.AsNoTracking(), category, pattern));
                });
            query.Field("skill").Type("Skill")
                .Description("The skill with this code; null when there is none.")
                .Argument("code", "String!", "A skill code, e.g. `it-governance`.")
                .ResolveAsync(static context => context.SkillByCode().LoadAsync(context.Argument<string>("code")));
        });

    private static IQueryable<SkillRecord> Filter(IQueryable<Skill> skills, SkillCategory? category, string? pattern)
    {
        if (category is { } only)
        {
            skills = skills.Where(skill => skill.Category == only);
        }

        if (pattern is not null)
        {
            skills = skills.Where(skill => EF.Functions.ILike(skill.Code, pattern, SearchText.Escape)
                || EF.Functions.ILike(skill.Name, pattern, SearchText.Escape));
        }

        return skills.OrderBy(skill => EF.Functions.Collate(skill.Code, Ordinal.Collation)).Select(SkillRecord.Projection);
    }
}
