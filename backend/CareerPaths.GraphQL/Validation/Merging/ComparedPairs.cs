namespace CareerPaths.GraphQL.Validation.Merging;

/// <summary>
/// Pairs already compared, and whether the comparison assumed mutually exclusive parents. A pair compared
/// as exclusive must be compared again when it turns up non-exclusive (that check is stricter); a pair
/// compared as non-exclusive covers both (graphql-js's PairSet).
/// </summary>
internal sealed class ComparedPairs(bool ordered)
{
    /// <summary>Stands for every unknown fragment, which all compare alike.</summary>
    public static readonly object UnknownFragment = new();

    private readonly Dictionary<(object, object), bool> _pairs = [];

    public bool Contains(object a, object b, bool mutuallyExclusive) =>
        Has(a, b, mutuallyExclusive) || (!ordered && Has(b, a, mutuallyExclusive));

    public void Add(object a, object b, bool mutuallyExclusive) => _pairs[(a, b)] = mutuallyExclusive;

    private bool Has(object a, object b, bool mutuallyExclusive) =>
        _pairs.TryGetValue((a, b), out var stored) && (mutuallyExclusive || !stored);
}
