namespace CareerPaths.Api.Seeding.Writing;

/// <summary>
/// The rows of one kind, by their seed key (code or employee number): those already in the database (only their
/// ids are loaded) and those this run adds. References are linked to either without loading whole rows.
/// </summary>
internal sealed class KeyedEntities<TEntity>(IReadOnlyDictionary<string, int> existingIds) where TEntity : class
{
    private readonly Dictionary<string, TEntity> _added = new(StringComparer.Ordinal);

    public int AddedCount => _added.Count;

    public bool Contains(string key) => existingIds.ContainsKey(key) || _added.ContainsKey(key);

    public void Add(string key, TEntity entity) => _added.Add(key, entity);

    /// <summary>Points a reference at <paramref name="key"/>: by id when the row exists, by navigation when it is new.</summary>
    public void Link(string key, Action<int> setId, Action<TEntity> setNavigation)
    {
        if (_added.TryGetValue(key, out var added))
        {
            setNavigation(added);
        }
        else
        {
            setId(existingIds[key]);
        }
    }
}
