using CareerPaths.Api.Identity;
using CareerPaths.Api.Learning;
using CareerPaths.Api.Matching;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Cohorts;

/// <summary>The GraphQL types Cohort (a node) and CohortMember: what createCohorts stored, for L&amp;D and HR.</summary>
internal static class CohortType
{
    public static SchemaBuilder AddCohortTypes(this SchemaBuilder builder) => builder
        .AddConnectionType<CohortRecord>("Cohort")
        .AuthorizeConnection("Cohort", Policies.LearningAndDevelopment)
        .Object<CohortRecord>("Cohort", t =>
        {
            t.Description("The people L&D placed in one session of one learning offering.");
            t.Authorize(Policies.LearningAndDevelopment);
            t.AsNode(cohort => cohort.Id, static (context, id) => context.CohortById().LoadAsync(id));
            t.Field("offering").Type("LearningOffering!").ResolveAsync(static (c, context) => context.LearningOfferingById().LoadAsync(c.OfferingId));
            t.Field("session").Type("LearningSession!").ResolveAsync(static (c, context) => context.SessionById().LoadAsync(c.SessionId));
            t.Field("members").Type("[CohortMember!]!").Description("By name.")
                .ResolveAsync(static (c, context) => context.MembersByCohort().LoadAsync(c.Id));
            t.Field(c => c.CreatedAt);
            t.Field(c => c.CreatedBy).Description("Who created it, as the audit log names people (their object id).");
        })
        .Object<CohortMemberRecord>("CohortMember", t =>
        {
            t.Description("A person enrolled in a cohort: who, by name.");
            t.Authorize(Policies.LearningAndDevelopment);
            t.Field("employeeId", m => MatchingIds.Encode(MatchingIds.Employee, m.EmployeeId)).Type("ID!");
            t.Field(m => m.Name);
            t.Field(m => m.AddedAt);
        });
}
