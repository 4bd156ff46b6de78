using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerPaths.Api.Seeding.JsonSchemaValidation;

/// <summary>Builds JSON paths in the usual notation: <c>$.roles[3].requirements[1].level</c>, <c>$.levels['1']</c>.</summary>
public static partial class JsonPathText
{
    public const string Root = "$";

    public static string Property(string path, string name) =>
        PlainName().IsMatch(name) ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Item(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainName();
}
