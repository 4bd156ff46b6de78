namespace CareerPaths.GraphQL.Validation;

/// <summary>
/// Membership in the names of a list: a linear scan for the short lists of real documents (no allocation),
/// a hash set once the list is long enough for a hostile document to make scanning quadratic.
/// </summary>
internal readonly struct NameSet
{
    private const int ScanLimit = 16;

    private readonly IReadOnlyList<string>? _short;
    private readonly HashSet<string>? _long;

    private NameSet(IReadOnlyList<string>? small, HashSet<string>? large)
    {
        _short = small;
        _long = large;
    }

    public static NameSet Of<T>(IReadOnlyList<T> items, Func<T, string> nameOf)
    {
        if (items.Count > ScanLimit)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                names.Add(nameOf(item));
            }

            return new NameSet(null, names);
        }

        var list = new string[items.Count];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = nameOf(items[i]);
        }

        return new NameSet(list, null);
    }

    public bool Contains(string name)
    {
        if (_long is not null)
        {
            return _long.Contains(name);
        }

        foreach (var candidate in _short!)
        {
            if (candidate == name)
            {
                return true;
            }
        }

        return false;
    }
}
