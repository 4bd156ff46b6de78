using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.Learning;

/// <summary>
/// The learning needed to close a role's gap elements from given current levels: which elements are open, the
/// cheapest offerings closing the ones the catalogue can close, and self-study hours for the rest.
/// </summary>
internal static class RoleLearning
{
    /// <param name="current">Current level per requirement of the role.</param>
    /// <param name="satisfied">Whether each required certification group is already satisfied.</param>
    /// <param name="essentialOnly">Only essential requirements (and required certifications) count: the readiness question.</param>
    public static RoleLearningResult Close(
        MatchingCatalogue catalogue, IndexedRole role, ReadOnlySpan<double> current, ReadOnlySpan<bool> satisfied,
        bool essentialOnly, LearningObjective objective)
    {
        var options = catalogue.Options;
        if (role.Cover is null)
        {
            return ViaPlanner(catalogue, role, current, satisfied, essentialOnly, objective);
        }
        var open = 0UL;
        var selfStudy = 0.0;
        for (var q = 0; q < role.RequirementCount; q++)
        {
            if (current[q] < role.Levels[q] && (!essentialOnly || role.Essential[q]))
            {
                open |= 1UL << q;
                if ((role.Cover.Coverable >> q & 1) == 0) selfStudy += (role.Levels[q] - current[q]) * options.UncoveredHoursPerLevel;
            }
        }
        for (var g = 0; g < role.RequiredGroups.Length; g++)
        {
            var bit = role.RequirementCount + g;
            if (!satisfied[g])
            {
                open |= 1UL << bit;
                if ((role.Cover.Coverable >> bit & 1) == 0) selfStudy += role.GroupSelfStudyHours[g];
            }
        }
        if (open == 0)
        {
            return RoleLearningResult.Nothing;
        }
        var target = open & role.Cover.Coverable;
        var cover = objective == LearningObjective.Hours
            ? role.CoverCache!.FewestHours(target, options.ExactCoverNodeLimit)
            : RoleCover.Solve(role.Cover, target, objective, options.ExactCoverNodeLimit);
        return new RoleLearningResult(open, cover.Sets, role.Cover.OfferingIndexes, cover.Hours, cover.Cost, selfStudy, cover.Exact);
    }

    private static RoleLearningResult ViaPlanner(
        MatchingCatalogue catalogue, IndexedRole role, ReadOnlySpan<double> current, ReadOnlySpan<bool> satisfied,
        bool essentialOnly, LearningObjective objective)
    {
        var skills = new List<SkillNeed>();
        for (var q = 0; q < role.RequirementCount; q++)
        {
            if (current[q] < role.Levels[q] && (!essentialOnly || role.Essential[q]))
            {
                skills.Add(new SkillNeed(catalogue.Skills.Ids[role.Columns[q]], role.Levels[q], current[q]));
            }
        }
        var certs = new List<CertificationNeed>();
        for (var g = 0; g < role.RequiredGroups.Length; g++)
        {
            if (!satisfied[g]) certs.Add(new CertificationNeed(role.RequiredGroupIds[g]));
        }
        var plan = LearningPlanner.Plan(skills, certs, catalogue.Offerings, catalogue.Certifications, objective, catalogue.Options);
        var indexes = plan.Offerings.Select(o => Array.FindIndex(catalogue.Offerings, x => x.Id == o.OfferingId)).ToArray();
        var anyOpen = skills.Count + certs.Count > 0;
        return new RoleLearningResult(anyOpen ? ulong.MaxValue : 0, indexes, null, plan.OfferingHours, plan.OfferingCost, plan.SelfStudyHours, plan.ProvedOptimal);
    }
}

/// <summary>
/// Open gap elements (bit mask; all ones when the role is too large for a mask), chosen offerings, totals. A value,
/// and the chosen sets are the cover's own (remembered) array mapped through the table on demand: readiness is
/// estimated for every role a request explains, and this saves two allocations per role.
/// </summary>
/// <param name="Sets">Chosen cover-table sets, or catalogue offering indexes when <paramref name="SetOfferings"/> is null.</param>
/// <param name="SetOfferings">The table's offering index per set; never mutate <paramref name="Sets"/> (it may be cached).</param>
internal readonly record struct RoleLearningResult(
    ulong Open, int[] Sets, int[]? SetOfferings, double OfferingHours, double OfferingCost, double SelfStudyHours, bool Exact)
{
    public static RoleLearningResult Nothing => new(0, [], null, 0, 0, 0, true);

    public bool AnyOpen => Open != 0;

    public double TotalHours => OfferingHours + SelfStudyHours;

    public int OfferingCount => Sets.Length;

    /// <summary>Catalogue offering index of the i-th chosen offering (ascending, as the sets are).</summary>
    public int OfferingIndex(int i) => SetOfferings is null ? Sets[i] : SetOfferings[Sets[i]];

    /// <summary>The chosen offerings' ids.</summary>
    public int[] OfferingIds(MatchingCatalogue catalogue)
    {
        var ids = new int[Sets.Length];
        for (var i = 0; i < ids.Length; i++) ids[i] = catalogue.Offerings[OfferingIndex(i)].Id;
        return ids;
    }
}
