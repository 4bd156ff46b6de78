namespace CareerPaths.Matching.Cohorts;

/// <summary>
/// A proposal: cohorts (one offering, one session, members within capacity), what they cost and how much weighted
/// gap they close. Weighted gap closed for a member = Σ over their gaps on the offering's skills of
/// weight × (min(new level, required) − level before), counting only what earlier cohorts of theirs left open.
/// </summary>
public sealed record CohortPlan(IReadOnlyList<Cohort> Cohorts, double TotalCost, double WeightedGapClosed, double Budget)
{
    /// <summary>Weighted gap closed per unit of money (0 for an empty plan; infinite when everything chosen is free).</summary>
    public double GapClosedPerCost => TotalCost > 0 ? WeightedGapClosed / TotalCost : WeightedGapClosed > 0 ? double.PositiveInfinity : 0;
}

/// <summary>One session of one offering and its members, in person id order.</summary>
/// <param name="Cost">The session's fixed cost plus a seat per member.</param>
public sealed record Cohort(int OfferingId, int SessionId, IReadOnlyList<CohortMember> Members, double Cost);

/// <summary>A member and the weighted gap this cohort closes for them (on the listed skills).</summary>
public sealed record CohortMember(int PersonId, double WeightedGapClosed, IReadOnlyList<int> SkillIds);
