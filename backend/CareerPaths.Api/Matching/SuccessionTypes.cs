using CareerPaths.Api.Employees;
using CareerPaths.Api.Identity;
using CareerPaths.Api.Roles;
using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Relay;
using CareerPaths.Matching.Succession;

namespace CareerPaths.Api.Matching;

/// <summary>SuccessionCandidate (and its connection) and BenchStrength, bound to the matcher's records.</summary>
internal static class SuccessionTypes
{
    public static SchemaBuilder AddSuccessionTypes(this SchemaBuilder builder) => builder
        .AddConnectionType<SuccessionCandidate>("SuccessionCandidate")
        .AuthorizeConnection("SuccessionCandidate", Policies.Manager)
        .Object<SuccessionCandidate>("SuccessionCandidate", t =>
        {
            t.Description("A person's place on a role's succession list.");
            t.Authorize(Policies.Manager);
            t.Field("employee").Type("Employee!").ResolveAsync(static (c, context) => context.EmployeeById().LoadAsync(c.PersonId));
            t.Field(c => c.Readiness);
            t.Field(c => c.Fit).Description("In [0, 1].");
            t.Field(c => c.MonthsToReady).Description("Estimated months to close the blocking gaps (0 when ready now).");
        })
        .Object<BenchStrength>("BenchStrength", t =>
        {
            t.Description("How many people (incumbents left out) could take a role now, within a year, in one to three years, or later.");
            t.Authorize(Policies.LearningAndDevelopment);
            t.Field("role").Type("Role!").ResolveAsync(static (b, context) => context.PublishedRoleById().LoadAsync(b.RoleId));
            t.Field(b => b.ReadyNow);
            t.Field(b => b.WithinOneYear);
            t.Field(b => b.OneToThreeYears);
            t.Field(b => b.Later);
            t.Field(b => b.AtRisk).Description("Nobody could take the role within a year.");
        });
}
