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
            t.Field(i => i.OrgUnitId).Type("ID").Description("As `PlanCohortsInput.orgUnitId`.");
            t.Field(i => i.RoleIds).Type("[ID!]").Description("As `PlanCohortsInput.roleIds`.");
            t.Field(i => i.OnlyPeopleTargetingRoles).Type("Boolean!").DefaultValue(false).Description("As `PlanCohortsInput.onlyPeopleTargetingRoles`.");
        })
        .AddDomainErrorType<UnknownSessionError>("UnknownSessionError", t =>
        {
            t.Description("No learning session has this code.");
            t.Field(e => e.Field);
            t.Field(e => e.Code);
        })
        .AddDomainErrorType<SessionTakenError>("SessionTakenError", t =>
        {
            t.Description("The session has a cohort already (one cohort per session: its capacity is the room's).");
            t.Field(e => e.Field);
            t.Field(e => e.Code);
        })
        .AddDomainErrorType<SessionStartedError>("SessionStartedError", t =>
        {
            t.Description("The session has started (or starts today): cohorts are for sessions still to come.");
            t.Field(e => e.Field);
            t.Field(e => e.Code);
            t.Field(e => e.StartsOn);
        })
        .AddDomainErrorType<CapacityExceededError>("CapacityExceededError", t =>
        {
            t.Description("More members than the offering takes per session.");
            t.Field(e => e.Field);
            t.Field(e => e.Code);
            t.Field(e => e.Capacity);
            t.Field(e => e.Members);
        })
        .AddDomainErrorType<DoubleBookedError>("DoubleBookedError", t =>
        {
            t.Description("A member would sit in two sessions whose dates overlap (a stored cohort's, or another of this input's).");
            t.Field(e => e.Field);
            t.Field(e => e.EmployeeId).Type("ID!");
            t.Field(e => e.SessionCode);
            t.Field(e => e.OtherSessionCode);
        })
        .AddDomainErrorType<NothingToLearnError>("NothingToLearnError", t =>
        {
            t.Description("A member has no gap the session's offering closes in the population given (or is not in it).");
            t.Field(e => e.Field);
            t.Field(e => e.EmployeeId).Type("ID!");
            t.Field(e => e.SessionCode);
        })
        .AddDomainErrorType<InvalidPopulationError>("InvalidPopulationError", t =>
        {
            t.Description("The population (orgUnitId, roleIds, onlyPeopleTargetingRoles) names something unknown or unpublished, or is incomplete.");
            t.Field(e => e.Field).Description("The input field, e.g. `roleIds[1]`.");
        })
        .AddMutationPayload<IReadOnlyList<CohortRecord>>("CreateCohorts", "cohorts", "[Cohort!]",
            "ValueOutOfRangeError", "DuplicateValueError", "NotFoundError", "InvalidPopulationError", "UnknownSessionError",
            "SessionTakenError", "SessionStartedError", "CapacityExceededError", "DoubleBookedError", "NothingToLearnError")
        .Object("Mutation", mutation => mutation.Mutation<CreateCohortsInput>("CreateCohorts", Policies.LearningAndDevelopment,
            "Stores accepted cohorts (all or none): each session free and not started, members within capacity, nobody double-booked, everyone with something to learn. Audited.",
            CohortCreation.CreateAsync));
}
