using CareerPaths.Api.GraphQL;
using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Cohorts;

/// <summary><c>cohorts</c>: the cohorts L&amp;D stored, by session start (L&amp;D and HR), optionally only those still to run.</summary>
internal static class StoredCohortQueries
{
    public static SchemaBuilder AddStoredCohortQueries(this SchemaBuilder builder) => builder
        .Object("Query", query => query.Field("cohorts").UseConnection("Cohort").Authorize(Policies.LearningAndDevelopment)
            .Description("The cohorts stored with createCohorts, by their session's start date (then id). L&D and HR.")
            .Argument("upcoming", "Boolean!", false, "Only cohorts whose session has not ended yet.")
            .ResolveAsync(static context =>
            {
                var today = DateOnly.FromDateTime(context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                var upcoming = context.Argument<bool>("upcoming");
                return context.ToConnectionAsync(db => db.Cohorts.AsNoTracking()
                    .Where(cohort => !upcoming || cohort.LearningSession.EndsOn >= today)
                    .OrderBy(cohort => cohort.LearningSession.StartsOn).ThenBy(cohort => cohort.Id)
                    .Select(cohort => new CohortRecord(cohort.Id, cohort.LearningSessionId, cohort.LearningSession.LearningOfferingId, cohort.CreatedBy, cohort.CreatedAt)));
            }));
}
