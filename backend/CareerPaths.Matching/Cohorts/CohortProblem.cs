using CareerPaths.Matching.Catalogue;

namespace CareerPaths.Matching.Cohorts;

/// <summary>Who needs what, which offerings (with sessions, seats and prices) exist, and how much money there is.</summary>
public sealed record CohortProblem(IReadOnlyList<Learner> Learners, IReadOnlyList<LearningOffering> Offerings, double Budget);

/// <summary>A person and their gaps.</summary>
public sealed record Learner(int PersonId, IReadOnlyList<LearnerGap> Gaps);

/// <summary>A gap worth <paramref name="Weight"/> per level closed (the requirement's importance × essential factor).</summary>
public sealed record LearnerGap(int SkillId, double RequiredLevel, double CurrentLevel, double Weight);

/// <summary>What to plan cohorts for: a population's gaps, optionally a subset of the catalogue's offerings, a budget.</summary>
/// <param name="OfferingIds">Offerings that may be scheduled; all offerings with sessions when null.</param>
public sealed record CohortRequest(HeatMap.GapScope Scope, double Budget, IReadOnlyList<int>? OfferingIds = null);
