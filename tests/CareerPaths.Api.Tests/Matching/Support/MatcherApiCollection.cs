namespace CareerPaths.Api.Tests.Matching.Support;

/// <summary>
/// The read-only matcher tests share one API and database (nothing they do changes data the others read), so the
/// seeded copy and the read model are built once for all of them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class MatcherApiCollection : ICollectionFixture<MatcherApiFixture>
{
    public const string Name = "Matcher API on the seeded data";
}
