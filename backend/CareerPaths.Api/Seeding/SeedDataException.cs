namespace CareerPaths.Api.Seeding;

/// <summary>The seed data is broken; start-up stops and nothing is written.</summary>
public sealed class SeedDataException : Exception
{
    private const int ProblemsShown = 30;

    public SeedDataException(string directory, IReadOnlyList<SeedProblem> problems)
        : base(Describe(directory, problems)) => Problems = problems;

    public SeedDataException() : this("seed-data", [])
    {
    }

    public SeedDataException(string message) : base(message) => Problems = [];

    public SeedDataException(string message, Exception innerException) : base(message, innerException) => Problems = [];

    public IReadOnlyList<SeedProblem> Problems { get; }

    private static string Describe(string directory, IReadOnlyList<SeedProblem> problems)
    {
        var shown = problems.Take(ProblemsShown).Select(problem => $"  {problem}");
        var more = problems.Count > ProblemsShown ? [$"  … and {problems.Count - ProblemsShown} more"] : Array.Empty<string>();
        return $"The seed data in {directory} is invalid ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}); " +
               $"nothing was seeded. Fix the file and start again:\n{string.Join('\n', shown.Concat(more))}";
    }
}
