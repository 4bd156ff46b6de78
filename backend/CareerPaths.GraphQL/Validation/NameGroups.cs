namespace CareerPaths.GraphQL.Validation;

/// <summary>
/// Finds names that occur more than once in a short list without allocating unless there is a repeat (the
/// uniqueness rules run on every field and operation; repeats are rare).
/// </summary>
internal static class NameGroups
{
    /// <summary>Each repeated name with all its items, in order of first occurrence; empty when all names differ.</summary>
    public static IReadOnlyList<(string Name, List<T> Items)> Repeated<T>(IReadOnlyList<T> items, Func<T, string> nameOf)
    {
        if (items.Count < 2 || !HasRepeat(items, nameOf))
        {
            return Array.Empty<(string, List<T>)>();
        }

        var groups = new List<(string Name, List<T> Items)>();
        var byName = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var name = nameOf(item);
            if (!byName.TryGetValue(name, out var group))
            {
                group = [];
                byName[name] = group;
                groups.Add((name, group));
            }

            group.Add(item);
        }

        return groups.FindAll(g => g.Items.Count > 1);
    }

    private static bool HasRepeat<T>(IReadOnlyList<T> items, Func<T, string> nameOf)
    {
        if (items.Count > 16)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (!seen.Add(nameOf(item)))
                {
                    return true;
                }
            }

            return false;
        }

        for (var i = 1; i < items.Count; i++)
        {
            var name = nameOf(items[i]);
            for (var j = 0; j < i; j++)
            {
                if (nameOf(items[j]) == name)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
