using System.Collections.Frozen;
using System.Text;

namespace CareerPaths.Api.Data.Conventions;

/// <summary>
/// The text form of an enum value in the database and in seed files: kebab-case of its name
/// (<c>InformationSystems</c> → <c>information-systems</c>), so SQL and JSON read the same words.
/// </summary>
public static class EnumText<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Texts =
        Enum.GetValues<TEnum>().ToFrozenDictionary(value => value, value => ToKebabCase(value.ToString()));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Texts.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every allowed text, in declaration order.</summary>
    public static IReadOnlyList<string> AllTexts { get; } = [.. Enum.GetValues<TEnum>().Select(value => Texts[value])];

    public static string ToText(TEnum value) =>
        Texts.TryGetValue(value, out var text) ? text : throw new ArgumentOutOfRangeException(nameof(value), value, null);

    public static TEnum Parse(string text) =>
        Values.TryGetValue(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a {typeof(TEnum).Name}; allowed: {string.Join(", ", AllTexts)}.");

    public static bool TryParse(string text, out TEnum value) => Values.TryGetValue(text, out value);

    /// <summary>The body of a check constraint that admits only the allowed texts in <paramref name="column"/>.</summary>
    public static string CheckSql(string column) =>
        $"\"{column}\" IN ({string.Join(", ", AllTexts.Select(text => $"'{text}'"))})";

    private static string ToKebabCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }
}
