using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Cohorts;

/// <summary>Registers cohort planning: planCohorts, cohorts, createCohorts and their types (one call for CareerPathsSchema).</summary>
internal static class CohortSchema
{
    public static SchemaBuilder AddCohortQueriesAndTypes(this SchemaBuilder builder) => builder
        .AddCohortQueries()
        .AddStoredCohortQueries()
        .AddCohortPlanTypes()
        .AddCohortTypes();
}
