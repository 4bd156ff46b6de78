using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerPaths.Api.Tests.Infrastructure;

/// <summary>Unique, readable database names: run prefix, a counter, and who asked (for debugging leftovers).</summary>
internal static partial class DatabaseNames
{
    private static int _counter;

    public static string Next(string label)
    {
        var number = Interlocked.Increment(ref _counter);
        var safeLabel = UnsafeCharacters().Replace(label.ToLowerInvariant(), "_");
        var name = string.Create(CultureInfo.InvariantCulture, $"{TestDatabaseServer.RunPrefix}_{number}_{safeLabel}");
        // PostgreSQL truncates identifiers at 63 bytes; truncating here keeps the name we use the real one.
        return name.Length <= 63 ? name : name[..63];
    }

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex UnsafeCharacters();
}
