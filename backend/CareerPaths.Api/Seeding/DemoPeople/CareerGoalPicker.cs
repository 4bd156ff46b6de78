using CareerPaths.Api.Seeding.Catalogue;

namespace CareerPaths.Api.Seeding.DemoPeople;

/// <summary>Goals follow the curated career transitions out of the current role: most people have one, some two, some none.</summary>
internal static class CareerGoalPicker
{
    public static IReadOnlyList<string> Pick(CatalogueIndex index, RoleSeed current, SplitMix64 random)
    {
        var next = index.TransitionsFrom[current.Code].Select(transition => transition.To).Distinct(StringComparer.Ordinal).ToList();
        var wanted = random.NextInt(100) switch
        {
            < 15 => 0,
            < 80 => 1,
            _ => 2,
        };
        var goals = new List<string>();
        while (goals.Count < wanted && next.Count > 0)
        {
            var goal = random.Pick(next);
            goals.Add(goal);
            next.Remove(goal);
        }
        return goals;
    }
}
