using CareerPaths.Api.Matching.ReadModel;
using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Cohorts;

namespace CareerPaths.Api.Cohorts;

/// <summary>A cohort proposal as the API answers it: the planner's plan, the currency of its costs, and the population it was made for.</summary>
internal sealed record CohortPlanAnswer(CohortPlan Plan, string? Currency, CohortPopulation Population, MatcherSnapshot Snapshot);

/// <summary>One proposed cohort and the proposal it belongs to.</summary>
internal sealed record ProposedCohortAnswer(Cohort Cohort, CohortPlanAnswer Answer);

/// <summary>One proposed member: the planner's member, their cohort's offering, and the population's gaps.</summary>
internal sealed record ProposedMemberAnswer(CohortMember Member, LearningOffering Offering, CohortPopulation Population);

/// <summary>A gap a cohort covers for a member: needed, has, and the level the offering takes them to.</summary>
public sealed record CohortGap(int SkillId, double RequiredLevel, int CurrentLevel, int ToLevel);
