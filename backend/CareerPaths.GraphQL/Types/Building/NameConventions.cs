using System.Text;

namespace CareerPaths.GraphQL.Types;

/// <summary>How .NET names become GraphQL names: camelCase fields, SCREAMING_CASE enum values.</summary>
public static class NameConventions
{
    public static string ToCamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary><c>SeniorEngineer</c> → <c>SENIOR_ENGINEER</c>, <c>HTTPStatus</c> → <c>HTTP_STATUS</c>.</summary>
    public static string ToScreamingCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var boundary = i > 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (boundary && name[i - 1] != '_')
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
