namespace CareerPaths.Api.Tests.GraphQL;

/// <summary>
/// The SQL-count tests run alone: how many batches a level of DataLoaders needs depends on when their queries
/// return, and a machine busy with other test classes (hundreds of requests from the authorization matrix, say)
/// spreads those returns far enough to split batches that share one command on a quiet machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SqlCountCollection
{
    public const string Name = "SQL counts";
}
