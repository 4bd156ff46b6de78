namespace CareerPaths.Api.Tests.Infrastructure;

/// <summary>
/// Tests that change process-wide state (the current directory) run alone: a host starting in another test class
/// meanwhile resolves its content root against that directory and fails to start.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessStateCollection
{
    public const string Name = "Process-wide state";
}
