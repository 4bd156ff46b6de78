using CareerPaths.Api.Audit;
using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Cohorts;

/// <summary><c>createCohorts</c>: stores an accepted proposal after checking it again against the current data; audited.</summary>
internal static class CohortMutations
{
    public static SchemaBuilder AddCohortMutations(this SchemaBuilder builder) => builder
        .InputObject<CohortInput>("CohortInput", t =>
        {
            t.Description("One cohort to store: a session (by code) and its members.");
            t.Field(i => i.SessionCode).Description("The session's code (`ProposedCohort.session.code`).");
            t.Field(i => i.MemberIds).Type("[ID!]!").Description("Employee ids (`ProposedCohortMember.employeeId`).");
        })
        .InputObject<CreateCohortsInput>("CreateCohortsInput", t =>
        {
            t.Description("An accepted proposal, and the population it was planned for (as in planCohorts), which every member must still need.");
            t.Field(i => i.Cohorts).Type("[CohortInput!]!").Description($"1–{CohortValidation.MaxCohorts} cohorts.");
            t.Field(i => i.OrgUnitId).Type("ID");
            t.Field(i => i.RoleIds).Type("[ID!]");
            t.Field(i => i.OnlyPeopleTargetingRoles).Type("Boolean!").DefaultValue(false);
        })
        .AddDomainErrorType<UnknownSessionError>("UnknownSessionError", t =>
        {
            t.Field(e => e.Field);
            t.Field(e => e.Code);
        })
        .AddDomainErrorType<SessionTakenError>("SessionTakenError", t =>
        {
            t.Field(e => e.Field);
            t.Field(e => e.Code);
        })
        .AddDomainErrorType<SessionStartedError>("SessionStartedError", t =>
        {
            t.Field(e => e.Field);
            t.Field(e => e.Code);
            t.Field(e => e.StartsOn);
        })
        .AddDomainErrorType<CapacityExceededError>("CapacityExceededError", t =>
        {
            t.Field(e => e.Field);
            t.Field(e => e.Code);
            t.Field(e => e.Capacity);
            t.Field(e => e.Members);
        })
        .AddDomainErrorType<DoubleBookedError>("DoubleBookedError", t =>
        {
            t.Field(e => e.Field);
            t.Field(e => e.EmployeeId).Type("ID!");
            t.Field(e => e.SessionCode);
            t.Field(e => e.OtherSessionCode);
        })
        .AddDomainErrorType<NothingToLearnError>("NothingToLearnError", t =>
        {
            t.Field(e => e.Field);
            t.Field(e => e.EmployeeId).Type("ID!");
            t.Field(e => e.SessionCode);
        })
        .AddMutationPayload<IReadOnlyList<CohortRecord>>("CreateCohorts", "cohorts", "[Cohort!]",
            "ValueOutOfRangeError", "DuplicateValueError", "NotFoundError", "UnknownSessionError", "SessionTakenError",
            "SessionStartedError", "CapacityExceededError", "DoubleBookedError", "NothingToLearnError")
        .Object("Mutation", mutation => mutation.Mutation<CreateCohortsInput>("CreateCohorts", Policies.LearningAndDevelopment,
            "Stores accepted cohorts (all or none): each session free and not started, members within capacity, nobody double-booked, everyone with something to learn.",
            CohortCreation.CreateAsync));
}
