using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Learning;

namespace CareerPaths.Matching.Model;

/// <summary>Turns one role profile into an <see cref="IndexedRole"/> (requirement arrays and its cover table).</summary>
internal static class RoleIndexer
{
    public static IndexedRole Index(RoleProfile role, int index, MatchingCatalogue catalogue)
    {
        var factor = catalogue.Options.EssentialWeightFactor;
        // One requirement per skill: if a profile lists a skill twice, the higher level (then importance) wins.
        var requirements = role.Requirements
            .Where(q => q.Level > 0)
            .GroupBy(q => q.SkillId)
            .Select(g => g.OrderByDescending(q => q.Level).ThenByDescending(q => q.Importance).ThenByDescending(q => q.Essential).First())
            .OrderBy(q => q.SkillId)
            .ToArray();
        var weights = requirements.Select(q => q.Importance * (q.Essential ? factor : 1)).ToArray();
        var total = 0.0;
        foreach (var w in weights) total += w;
        var groups = role.Certifications.Where(g => g.Required && g.AnyOf.Count > 0).ToArray();
        var groupIndexes = groups.Select(g => g.AnyOf.Select(catalogue.CertificationIndexOf).Where(i => i >= 0).Distinct().Order().ToArray()).ToArray();
        var selfStudy = groups.Select(g => g.AnyOf
            .Select(id => catalogue.Certifications.TryGetValue(id, out var c) ? c.PreparationHours : double.PositiveInfinity)
            .Min()).Select(h => double.IsPositiveInfinity(h) ? 0 : h).ToArray();
        var seniority = weights.Length == 0 ? 0 : requirements.Sum(q => q.Importance * q.Level) / requirements.Sum(q => q.Importance);
        return new IndexedRole
        {
            Profile = role,
            Index = index,
            Columns = [.. requirements.Select(q => catalogue.Skills.ColumnOf(q.SkillId))],
            Levels = [.. requirements.Select(q => q.Level)],
            Importances = [.. requirements.Select(q => q.Importance)],
            Weights = weights,
            Essential = [.. requirements.Select(q => q.Essential)],
            TotalWeight = total,
            RequiredGroups = groupIndexes,
            RequiredGroupIds = [.. groups.Select(g => g.AnyOf)],
            GroupSelfStudyHours = selfStudy,
            Seniority = double.IsFinite(seniority) ? seniority : 0,
            Cover = requirements.Length + groups.Length <= CoverTable.MaxElements ? BuildCover(requirements, groups, catalogue) : null,
        };
    }

    /// <summary>
    /// Each offering's mask of the role's elements it closes, found from the requirements' side: the catalogue's
    /// list of offerings raising each skill (<see cref="MatchingCatalogue.RaisesBySkill"/>) instead of every
    /// offering's raises against every requirement. Sets stay in offering order.
    /// </summary>
    private static CoverTable BuildCover(RoleRequirement[] requirements, CertificationRequirement[] groups, MatchingCatalogue catalogue)
    {
        var byOffering = new ulong[catalogue.Offerings.Length];
        for (var q = 0; q < requirements.Length; q++)
        {
            var column = catalogue.Skills.ColumnOf(requirements[q].SkillId);
            foreach (var (offering, level) in catalogue.RaisesBySkill[column])
            {
                if (level >= requirements[q].Level) byOffering[offering] |= 1UL << q;
            }
        }
        for (var g = 0; g < groups.Length; g++)
        {
            foreach (var offering in catalogue.PreparingOfferings)
            {
                if (groups[g].AnyOf.Contains(catalogue.Offerings[offering].CertificationId!.Value))
                {
                    byOffering[offering] |= 1UL << (requirements.Length + g);
                }
            }
        }
        var masks = new List<ulong>();
        var hours = new List<double>();
        var costs = new List<double>();
        var offeringIndexes = new List<int>();
        for (var o = 0; o < byOffering.Length; o++)
        {
            if (byOffering[o] != 0)
            {
                masks.Add(byOffering[o]);
                hours.Add(catalogue.Offerings[o].Hours);
                costs.Add(catalogue.Offerings[o].CostPerSeat);
                offeringIndexes.Add(o);
            }
        }
        return new CoverTable([.. masks], [.. hours], [.. costs], [.. offeringIndexes], requirements.Length + groups.Length);
    }
}
