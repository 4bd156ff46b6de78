using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Identity.Matrix;

/// <summary>One row of the policy table: a type (<c>Role</c>) or a field (<c>Query.role</c>), its policies, and the outcome per persona.</summary>
public sealed record PolicyRow(string Member, IReadOnlyList<string> Policies, IReadOnlyDictionary<string, Outcome> Outcomes, int Line)
{
    public bool IsField => Member.Contains('.', StringComparison.Ordinal);
}

/// <summary>
/// The policy table of docs/security.md — the rows between <c>&lt;!-- policy-table:start --&gt;</c> and
/// <c>&lt;!-- policy-table:end --&gt;</c> — read by the matrix test, so the documentation and the tests cannot drift.
/// </summary>
public sealed class PolicyTable
{
    /// <summary>The persona key of each outcome column ("anonymous" has no token at all).</summary>
    public static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["anonymous"] = Anonymous,
        ["employee (self)"] = PersonaPicker.Employee,
        ["another employee"] = PersonaPicker.AnotherEmployee,
        ["manager (reporting line)"] = PersonaPicker.Manager,
        ["manager elsewhere"] = PersonaPicker.ManagerElsewhere,
        ["HR"] = PersonaPicker.HR,
        ["L&D"] = PersonaPicker.LearningAndDevelopment,
    };

    public const string Anonymous = "anonymous";

    public static string DocumentPath => Path.Combine(RepositoryPaths.Root, "docs", "security.md");

    private PolicyTable(IReadOnlyDictionary<string, PolicyRow> rows) => Rows = rows;

    public IReadOnlyDictionary<string, PolicyRow> Rows { get; }

    /// <summary>Every persona of the table, anonymous first, in column order.</summary>
    public static IReadOnlyList<string> Personas => [.. Columns.Values];

    public static PolicyTable Load() => Parse(File.ReadAllLines(DocumentPath));

    public static PolicyTable Parse(IReadOnlyList<string> lines)
    {
        var start = IndexOf(lines, "<!-- policy-table:start -->");
        var end = IndexOf(lines, "<!-- policy-table:end -->");
        var header = Cells(lines[start + 1]);
        var rows = new Dictionary<string, PolicyRow>(StringComparer.Ordinal);
        for (var i = start + 3; i < end; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var cells = Cells(lines[i]);
            if (cells.Count != header.Count)
            {
                throw new FormatException($"docs/security.md line {i + 1}: {cells.Count} cells, the header has {header.Count}.");
            }

            var member = cells[0].Trim('`');
            var outcomes = Columns.ToDictionary(column => column.Value, column => Outcomes.Parse(cells[header.IndexOf(column.Key)]));
            var policy = cells[header.IndexOf("policy")];
            var policies = policy is "—" or "-" or "" ? [] : policy.Split(',', StringSplitOptions.TrimEntries);
            if (!rows.TryAdd(member, new PolicyRow(member, policies, outcomes, i + 1)))
            {
                throw new FormatException($"docs/security.md line {i + 1}: {member} has a row already.");
            }
        }

        return new PolicyTable(rows);
    }

    public PolicyRow? Row(string member) => Rows.GetValueOrDefault(member);

    private static int IndexOf(IReadOnlyList<string> lines, string marker)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trim() == marker)
            {
                return i;
            }
        }

        throw new FormatException($"docs/security.md has no line \"{marker}\" around the policy table.");
    }

    private static List<string> Cells(string line) =>
        [.. line.Trim().Trim('|').Split('|').Select(cell => cell.Trim())];
}
