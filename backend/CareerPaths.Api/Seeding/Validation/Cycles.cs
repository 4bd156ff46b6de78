namespace CareerPaths.Api.Seeding.Validation;

/// <summary>Cycles along a "points to" relation such as parent unit or manager.</summary>
internal static class Cycles
{
    /// <summary>
    /// Follows <paramref name="next"/> from <paramref name="start"/>; when the walk comes back to
    /// <paramref name="start"/>, returns the loop as "a → b → a", otherwise null (a walk that ends, or that
    /// runs into a loop <paramref name="start"/> is not part of, is not this start's cycle).
    /// </summary>
    public static string? Find(string start, Func<string, string?> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var walk = new List<string> { start };
        for (var current = next(start); current is not null; current = next(current))
        {
            walk.Add(current);
            if (current == start)
            {
                return string.Join(" → ", walk);
            }
            if (!seen.Add(current))
            {
                return null;
            }
        }
        return null;
    }
}
