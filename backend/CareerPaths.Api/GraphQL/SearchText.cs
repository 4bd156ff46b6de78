using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Execution;

namespace CareerPaths.Api.GraphQL;

/// <summary>A <c>search</c> argument as an ILIKE pattern matching the text anywhere, wildcards in it escaped.</summary>
internal static class SearchText
{
    public const int MaxLength = 100;

    public const string Escape = "\\";

    /// <summary>Null for no search (absent or blank); a client error when longer than <see cref="MaxLength"/>.</summary>
    public static string? ToPattern(string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return null;
        }

        search = search.Trim();
        if (search.Length > MaxLength)
        {
            throw new GraphQLException($"\"search\" has at most {MaxLength} characters, but had {search.Length}.", ErrorCodes.BadUserInput);
        }

        var escaped = search.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal);
        return "%" + escaped + "%";
    }
}
