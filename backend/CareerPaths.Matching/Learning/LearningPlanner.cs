using CareerPaths.Matching.Catalogue;

namespace CareerPaths.Matching.Learning;

/// <summary>
/// Learning recommendation: the cheapest set of offerings (by hours or by money) that closes a set of needs —
/// weighted set cover where an offering closes a skill need when it raises that skill to at least the required
/// level, and a certification need when it prepares for one of the accepted certifications.
/// Exact (branch and bound) up to 64 needs, greedy + improvement beyond or when the search is too large.
/// </summary>
public static class LearningPlanner
{
    public static LearningPlan Plan(
        IReadOnlyList<SkillNeed> skills,
        IReadOnlyList<CertificationNeed> certifications,
        IReadOnlyList<LearningOffering> offerings,
        IReadOnlyDictionary<int, Certification> certificationCatalogue,
        LearningObjective objective,
        MatchingOptions options)
    {
        var skillNeeds = skills.Where(n => n.Gap > 0).OrderBy(n => n.SkillId).ToList();
        var certNeeds = certifications.ToList();
        var needCount = skillNeeds.Count + certNeeds.Count;
        if (needCount == 0)
        {
            return LearningPlan.Empty;
        }
        var ordered = offerings.OrderBy(o => o.Id).ToList();
        var words = (needCount + 63) / 64;
        var masks = ordered.Select(o => NeedMask(o, skillNeeds, certNeeds, words)).ToArray();
        var useful = Enumerable.Range(0, ordered.Count).Where(s => masks[s].Any(w => w != 0)).ToArray();
        var coverable = new ulong[words];
        foreach (var s in useful)
        {
            for (var w = 0; w < words; w++) coverable[w] |= masks[s][w];
        }
        var usefulMasks = useful.Select(s => masks[s]).ToArray();
        var costs = useful.Select(s => objective == LearningObjective.Hours ? ordered[s].Hours : ordered[s].CostPerSeat).ToArray();
        var (chosen, exact) = SolveCover(usefulMasks, costs, coverable, needCount, options);
        var planned = chosen.Select(i => Describe(ordered[useful[i]], usefulMasks[i], skillNeeds, certNeeds)).ToList();
        var uncoveredSkills = skillNeeds.Where((_, i) => !Has(coverable, i)).ToList();
        var uncoveredCerts = certNeeds.Where((_, j) => !Has(coverable, skillNeeds.Count + j))
            .Select(n => SelfStudy(n, certificationCatalogue)).ToList();
        var selfStudy = uncoveredSkills.Sum(n => n.Gap * options.UncoveredHoursPerLevel)
                        + uncoveredCerts.Sum(c => c.PreparationHours);
        return new LearningPlan(planned, uncoveredSkills, uncoveredCerts,
            planned.Sum(p => p.Hours), planned.Sum(p => p.Cost), selfStudy, exact);
    }

    private static (int[] Chosen, bool Exact) SolveCover(ulong[][] masks, double[] costs, ulong[] target, int elements, MatchingOptions options)
    {
        if (elements <= CoverTable.MaxElements)
        {
            var table = new CoverTable([.. masks.Select(m => m[0])], costs, costs, [.. Enumerable.Range(0, masks.Length)], elements);
            var exact = ExactCover.Solve(table, LearningObjective.Hours, target[0], options.ExactCoverNodeLimit);
            if (exact is not null)
            {
                return (exact, true);
            }
        }
        return (GreedyCover.Solve(masks, costs, target), false);
    }

    private static ulong[] NeedMask(LearningOffering offering, List<SkillNeed> skills, List<CertificationNeed> certs, int words)
    {
        var mask = new ulong[words];
        for (var i = 0; i < skills.Count; i++)
        {
            if (offering.Raises.Any(r => r.SkillId == skills[i].SkillId && r.Level >= skills[i].RequiredLevel))
            {
                mask[i / 64] |= 1UL << (i % 64);
            }
        }
        for (var j = 0; j < certs.Count; j++)
        {
            if (offering.CertificationId is { } prepares && certs[j].AnyOf.Contains(prepares))
            {
                var bit = skills.Count + j;
                mask[bit / 64] |= 1UL << (bit % 64);
            }
        }
        return mask;
    }

    private static PlannedOffering Describe(LearningOffering offering, ulong[] mask, List<SkillNeed> skills, List<CertificationNeed> certs) =>
        new(offering.Id, offering.Hours, offering.CostPerSeat,
            [.. skills.Where((_, i) => Has(mask, i))],
            [.. certs.Where((_, j) => Has(mask, skills.Count + j))]);

    private static UncoveredCertification SelfStudy(CertificationNeed need, IReadOnlyDictionary<int, Certification> catalogue)
    {
        var cheapest = need.AnyOf
            .Select(id => (Id: id, Hours: catalogue.TryGetValue(id, out var c) ? c.PreparationHours : double.PositiveInfinity))
            .OrderBy(c => c.Hours).ThenBy(c => c.Id)
            .First();
        return new UncoveredCertification(need, cheapest.Id, double.IsPositiveInfinity(cheapest.Hours) ? 0 : cheapest.Hours);
    }

    private static bool Has(ulong[] mask, int bit) => (mask[bit / 64] >> (bit % 64) & 1) != 0;
}
