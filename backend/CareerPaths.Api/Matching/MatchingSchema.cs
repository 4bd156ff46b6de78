using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Matching;

/// <summary>Registers the matcher's query fields and types (one call for CareerPathsSchema).</summary>
internal static class MatchingSchema
{
    public static SchemaBuilder AddMatchingQueriesAndTypes(this SchemaBuilder builder) => builder
        .AddMatchingQueries()
        .AddSuccessionQueries()
        .AddHeatmapQueries()
        .AddComparisonTypes()
        .AddSuggestionTypes()
        .AddPathTypes()
        .AddLearningPlanTypes()
        .AddSuccessionTypes()
        .AddHeatmapTypes();
}
