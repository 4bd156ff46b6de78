using System.Globalization;

namespace CareerPaths.GraphQL.Relay;

/// <summary>
/// The keys a node type may use inside its global id, written and read in one canonical form: <c>int</c>,
/// <c>long</c> (invariant digits, no sign for zero, no leading zeros or spaces), <c>Guid</c> (lower-case "D"
/// form) and <c>string</c> (as is). Anything else would let two ids name the same object.
/// </summary>
public static class LocalId
{
    public static string Format<TKey>(TKey key)
        where TKey : notnull => key switch
        {
            int i => i.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture),
            Guid g => g.ToString("D"),
            string s => s,
            _ => throw Unsupported(typeof(TKey)),
        };

    public static bool TryParse<TKey>(string text, out TKey key)
        where TKey : notnull
    {
        object? parsed = null;
        if (typeof(TKey) == typeof(int))
        {
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) && Format(i) == text)
            {
                parsed = i;
            }
        }
        else if (typeof(TKey) == typeof(long))
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) && Format(l) == text)
            {
                parsed = l;
            }
        }
        else if (typeof(TKey) == typeof(Guid))
        {
            if (Guid.TryParseExact(text, "D", out var g) && Format(g) == text)
            {
                parsed = g;
            }
        }
        else if (typeof(TKey) == typeof(string))
        {
            parsed = text;
        }
        else
        {
            throw Unsupported(typeof(TKey));
        }

        key = parsed is null ? default! : (TKey)parsed;
        return parsed is not null;
    }

    /// <summary>Whether <typeparamref name="TKey"/> can be a node key.</summary>
    public static bool IsSupported<TKey>() =>
        typeof(TKey) == typeof(int) || typeof(TKey) == typeof(long) || typeof(TKey) == typeof(Guid) || typeof(TKey) == typeof(string);

    private static NotSupportedException Unsupported(Type type) =>
        new($"A node key must be an int, long, Guid or string, not {type.Name}.");
}
