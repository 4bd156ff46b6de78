using CareerPaths.Api.Data.Learning;
using CareerPaths.Api.GraphQL;
using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Learning;

/// <summary>The query fields of the learning catalogue: <c>learningOfferings</c> and <c>learningOffering(code:)</c>.</summary>
internal static class LearningQueries
{
    public static SchemaBuilder AddLearningQueries(this SchemaBuilder builder) => builder
        .Object("Query", query =>
        {
            query.Field("learningOfferings").UseConnection("LearningOffering").Authorize(Policies.Employee)
                .Description("The learning catalogue in code order, optionally only what raises one skill and/or of one kind.")
                .Argument("skill", "String", "Only offerings that raise the skill with this code.")
                .Argument("kind", "LearningOfferingKind", "Only offerings of this kind.")
                .ResolveAsync(static context =>
                {
                    var skill = context.Argument<string?>("skill");
                    var kind = context.Arguments.GetValueOrDefault("kind") as LearningOfferingKind?;
                    return context.ToConnectionAsync(db => Filter(db.LearningOfferings.AsNoTracking(), skill, kind));
                });
            query.Field("learningOffering").Type("LearningOffering").Authorize(Policies.Employee)
                .Description("The offering with this code; null when there is none.")
                .Argument("code", "String!", "A learning offering code.")
                .ResolveAsync(static context => context.LearningOfferingByCode().LoadAsync(context.Argument<string>("code")));
        });

    private static IQueryable<LearningOfferingRecord> Filter(IQueryable<LearningOffering> offerings, string? skill, LearningOfferingKind? kind)
    {
        if (skill is not null)
        {
            offerings = offerings.Where(offering => offering.Covers.Any(covered => covered.Skill.Code == skill));
        }

        if (kind is { } onlyKind)
        {
            offerings = offerings.Where(offering => offering.Kind == onlyKind);
        }

        return offerings.OrderBy(offering => EF.Functions.Collate(offering.Code, Ordinal.Collation)).Select(LearningOfferingRecord.Projection);
    }
}
