using CareerPaths.Matching.Learning;

namespace CareerPaths.Matching.Tests.Learning;

/// <summary>The exact optimum by trying every subset of offerings, with the planner's documented tie-break.</summary>
internal static class BruteForceCover
{
    public static (int[] OfferingIds, double Cost) Optimum(LearningInstance instance, LearningObjective objective)
    {
        var offerings = instance.Offerings.OrderBy(o => o.Id).ToList();
        bool Closes(int o, SkillNeed n) => offerings[o].Raises.Any(r => r.SkillId == n.SkillId && r.Level >= n.RequiredLevel);
        bool Prepares(int o, CertificationNeed n) => offerings[o].CertificationId is { } c && n.AnyOf.Contains(c);
        var skills = instance.Skills.Where(n => n.Gap > 0).ToList();
        var coverableSkills = skills.Where(n => offerings.Indices().Any(o => Closes(o, n))).ToList();
        var coverableCerts = instance.Certifications.Where(n => offerings.Indices().Any(o => Prepares(o, n))).ToList();
        (int[] Ids, double Cost)? best = null;
        for (var subset = 0; subset < 1 << offerings.Count; subset++)
        {
            var chosen = offerings.Indices().Where(o => (subset >> o & 1) != 0).ToList();
            if (!coverableSkills.All(n => chosen.Any(o => Closes(o, n))) || !coverableCerts.All(n => chosen.Any(o => Prepares(o, n))))
            {
                continue;
            }
            var cost = chosen.Sum(o => objective == LearningObjective.Hours ? offerings[o].Hours : offerings[o].CostPerSeat);
            var ids = chosen.Select(o => offerings[o].Id).ToArray();
            if (best is null || Preferred(cost, ids, best.Value.Cost, best.Value.Ids))
            {
                best = (ids, cost);
            }
        }
        return best!.Value;
    }

    private static bool Preferred(double cost, int[] ids, double bestCost, int[] bestIds)
    {
        if (Math.Abs(cost - bestCost) > 1e-9 * Math.Max(1, Math.Max(cost, bestCost))) return cost < bestCost;
        if (ids.Length != bestIds.Length) return ids.Length < bestIds.Length;
        return ids.AsSpan().SequenceCompareTo(bestIds) < 0;
    }

    private static IEnumerable<int> Indices<T>(this IReadOnlyCollection<T> list) => Enumerable.Range(0, list.Count);
}
