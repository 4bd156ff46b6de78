using CareerPaths.Api.Seeding.Reading;

namespace CareerPaths.Api.Seeding.Validation;

/// <summary>Finds values that must be unique within a file but are not (codes, names, e-mails …).</summary>
internal static class Duplicates
{
    /// <summary>
    /// One problem per repeated value, at the later occurrence, naming the earlier one.
    /// <paramref name="property"/> is the JSON property holding the value, for the path.
    /// </summary>
    public static IEnumerable<SeedProblem> In<T>(SeedFile file, IReadOnlyList<T> items, Func<T, string> value, string property,
        IEqualityComparer<string>? comparer = null)
    {
        var firstIndex = new Dictionary<string, int>(comparer ?? StringComparer.Ordinal);
        for (var index = 0; index < items.Count; index++)
        {
            var key = value(items[index]);
            if (!firstIndex.TryAdd(key, index))
            {
                yield return new SeedProblem(file.FileName, $"{file.ItemPath(index)}.{property}",
                    $"duplicate {property} '{key}' (already used at {file.ItemPath(firstIndex[key])})");
            }
        }
    }

    /// <summary>The same check within one list inside an item, e.g. a role's requirements.</summary>
    public static IEnumerable<SeedProblem> Within<T>(SeedFile file, string listPath, IReadOnlyList<T> items, Func<T, string> value,
        string property, string what)
    {
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < items.Count; index++)
        {
            var key = value(items[index]);
            if (!firstIndex.TryAdd(key, index))
            {
                yield return new SeedProblem(file.FileName, $"{listPath}[{index}].{property}",
                    $"{what} '{key}' is listed twice (also at {listPath}[{firstIndex[key]}])");
            }
        }
    }
}
