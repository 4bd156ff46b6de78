namespace CareerPaths.Api.Data.Matching;

/// <summary>
/// A counter the database raises in the same transaction as every committed change to what the matcher reads, one
/// row per <see cref="Scope"/>. The matcher's in-memory read model remembers the versions it was built from and
/// compares them with these rows on every request (docs/matcher.md, "API: the read model"). Triggers keep it
/// (migration <c>MatcherDataVersions</c>), so writes that bypass EF are counted too.
/// </summary>
public class MatcherDataVersion
{
    /// <summary>The catalogue side: published roles, certifications, learning, transitions, segregation rules.</summary>
    public const string CatalogueScope = "catalogue";

    /// <summary>The people side: employees' units and roles, skill evidence, certifications held, goals, org units.</summary>
    public const string PeopleScope = "people";

    public required string Scope { get; set; }

    public long Version { get; set; }
}
