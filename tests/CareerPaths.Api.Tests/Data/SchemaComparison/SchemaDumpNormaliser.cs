using System.Text;
using System.Text.RegularExpressions;

namespace CareerPaths.Api.Tests.Data.SchemaComparison;

/// <summary>
/// Reduces a <c>pg_dump --schema-only</c> to what makes two schemas different: statements, one per
/// paragraph, without comments, session settings, EF's migration history table, or column order
/// (a migration can only append a column, while a model lists it where it is declared).
/// </summary>
public static partial class SchemaDumpNormaliser
{
    private const string HistoryTable = "__EFMigrationsHistory";

    public static string Normalise(string dump) => Join(Statements(dump));

    /// <summary>The dump's statements, normalised, in dump order.</summary>
    public static IReadOnlyList<string> Statements(string dump) => [.. SplitStatements(dump)
        .Where(statement => !statement.Contains(HistoryTable, StringComparison.Ordinal))
        .Select(SortTableBody)];

    public static string Join(IEnumerable<string> statements) => string.Join("\n\n", statements) + "\n";

    private static IEnumerable<string> SplitStatements(string dump)
    {
        var current = new StringBuilder();
        string? openQuote = null;
        foreach (var rawLine in dump.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = rawLine.TrimEnd();
            if (openQuote is null && IsTrivia(line))
            {
                continue;
            }
            current.Append(current.Length == 0 ? "" : "\n").Append(line);
            openQuote = DollarQuoteAfter(line, openQuote);
            if (openQuote is null && line.EndsWith(';'))
            {
                var statement = current.ToString();
                current.Clear();
                if (!IsSessionSetting(statement))
                {
                    yield return statement;
                }
            }
        }
        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    // A function body is dollar-quoted ($$ … $$ or $tag$ … $tag$): its semicolons do not end the statement.
    private static string? DollarQuoteAfter(string line, string? open)
    {
        foreach (Match tag in DollarQuote().Matches(line))
        {
            if (open is null)
            {
                open = tag.Value;
            }
            else if (tag.Value == open)
            {
                open = null;
            }
        }
        return open;
    }

    // Comments, blank lines, and psql meta-commands (recent pg_dump versions wrap the dump in
    // \restrict/\unrestrict with a random key, different in every dump).
    private static bool IsTrivia(string line) =>
        line.Length == 0 || line.StartsWith("--", StringComparison.Ordinal) || line.StartsWith('\\');

    private static bool IsSessionSetting(string statement) =>
        statement.StartsWith("SET ", StringComparison.Ordinal) ||
        statement.StartsWith("SELECT pg_catalog.set_config", StringComparison.Ordinal);

    private static string SortTableBody(string statement)
    {
        var match = CreateTable().Match(statement);
        if (!match.Success)
        {
            return statement;
        }
        var members = match.Groups["body"].Value.Split('\n')
            .Select(member => member.Trim().TrimEnd(','))
            .Where(member => member.Length > 0)
            .Order(StringComparer.Ordinal);
        return $"{match.Groups["head"].Value}\n    {string.Join(",\n    ", members)}\n);";
    }

    [GeneratedRegex(@"\$(?:[A-Za-z_][A-Za-z_0-9]*)?\$")]
    private static partial Regex DollarQuote();

    [GeneratedRegex(@"^(?<head>CREATE TABLE [^\n]+\()\n(?<body>.*)\n\);$", RegexOptions.Singleline)]
    private static partial Regex CreateTable();
}
