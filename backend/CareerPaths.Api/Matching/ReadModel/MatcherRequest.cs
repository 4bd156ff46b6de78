namespace CareerPaths.Api.Matching.ReadModel;

/// <summary>
/// The read model as one request sees it (scoped): the versions are checked once per request, however many
/// matcher fields the request selects, and every field answers from the same snapshot.
/// </summary>
public sealed class MatcherRequest(MatcherReadModel readModel)
{
    private readonly Lock _lock = new();
    private Task<MatcherSnapshot>? _snapshot;

    public Task<MatcherSnapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _snapshot ??= readModel.CurrentAsync(cancellationToken);
        }
    }
}
