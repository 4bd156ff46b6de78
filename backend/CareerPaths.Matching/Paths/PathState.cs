using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.Paths;

/// <summary>
/// What a person is assumed to have after walking some roles: each skill at the higher of their own level and
/// every walked role's required level, and every walked role's required certification groups earned. Only
/// requirements carry forward — not the side effects of whichever offerings were chosen — so a path's cost is
/// a function of the person's levels alone and never rises when a level rises (docs/matcher.md).
/// </summary>
internal readonly struct PathState(MatchingCatalogue catalogue, PersonSnapshot person, int[] walked, int walkedCount)
{
    public double[] CurrentFor(IndexedRole role)
    {
        var current = new double[role.RequirementCount];
        var columns = catalogue.Skills.Count;
        for (var q = 0; q < current.Length; q++)
        {
            var column = role.Columns[q];
            double level = person.LevelAt(column);
            for (var w = 0; w < walkedCount; w++)
            {
                level = Math.Max(level, catalogue.RoleLevels[walked[w] * columns + column]);
            }
            current[q] = level;
        }
        return current;
    }

    /// <summary>A group is satisfied by a valid certification in it, or by an earlier group (a subset of it) earned on the way.</summary>
    public bool[] SatisfiedGroups(IndexedRole role)
    {
        var satisfied = person.SatisfiedGroups(role);
        for (var g = 0; g < satisfied.Length; g++)
        {
            for (var w = 0; w < walkedCount && !satisfied[g]; w++)
            {
                foreach (var earned in catalogue.Roles[walked[w]].RequiredGroups)
                {
                    if (earned.Length > 0 && earned.All(c => role.RequiredGroups[g].Contains(c)))
                    {
                        satisfied[g] = true;
                        break;
                    }
                }
            }
        }
        return satisfied;
    }
}
