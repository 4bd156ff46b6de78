using CareerPaths.Matching.Catalogue;

namespace CareerPaths.Matching.Cohorts;

/// <summary>
/// Who needs what, which offerings (with sessions, seats and prices) exist, and how much money there is; and the
/// seats people hold already (<paramref name="Booked"/>), which they cannot be double-booked against and whose
/// levels count as theirs before planning.
/// </summary>
public sealed record CohortProblem(
    IReadOnlyList<Learner> Learners, IReadOnlyList<LearningOffering> Offerings, double Budget, IReadOnlyList<BookedSeat>? Booked = null);

/// <summary>A seat a person holds already: busy on the session's dates, and taken to the offering's levels.</summary>
public sealed record BookedSeat(int PersonId, OfferingSession Session, IReadOnlyList<SkillLevel> Raises);

/// <summary>A person and their gaps.</summary>
public sealed record Learner(int PersonId, IReadOnlyList<LearnerGap> Gaps);

/// <summary>A gap worth <paramref name="Weight"/> per level closed (the requirement's importance × essential factor).</summary>
public sealed record LearnerGap(int SkillId, double RequiredLevel, double CurrentLevel, double Weight);

/// <summary>What to plan cohorts for: a population's gaps, optionally a subset of the catalogue's offerings, a budget.</summary>
/// <param name="OfferingIds">Offerings that may be scheduled; all offerings with sessions when null.</param>
/// <param name="Enrolments">
/// Cohorts already stored, one entry per member: their sessions are taken (one cohort per session), their members
/// are busy on those dates and count as having the offerings' levels.
/// </param>
/// <param name="EarliestStart">Sessions starting before this day are not planned (the API passes tomorrow); all when null.</param>
public sealed record CohortRequest(
    HeatMap.GapScope Scope, double Budget, IReadOnlyList<int>? OfferingIds = null, IReadOnlyList<Enrolment>? Enrolments = null,
    DateOnly? EarliestStart = null);

/// <summary>A person's seat in a stored cohort: the session (of that offering) they sit in.</summary>
public sealed record Enrolment(int PersonId, int OfferingId, int SessionId);
