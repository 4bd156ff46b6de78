using CareerPaths.Api.Data;
using CareerPaths.Api.Data.Matching;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Matching.ReadModel;

/// <summary>The database's matcher data versions (<see cref="MatcherDataVersion"/>) at one moment.</summary>
public readonly record struct MatcherDataStamp(long Catalogue, long People)
{
    /// <summary>Whether a model built from <c>this</c> is at least as new as the data <paramref name="stamp"/> describes.</summary>
    public bool IsAtLeast(MatcherDataStamp stamp) => Catalogue >= stamp.Catalogue && People >= stamp.People;

    public override string ToString() => $"catalogue {Catalogue}, people {People}";

    /// <summary>The versions as committed now (or as of the transaction's snapshot): one small query.</summary>
    public static async Task<MatcherDataStamp> ReadAsync(CareerPathsDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Set<MatcherDataVersion>().AsNoTracking().ToListAsync(cancellationToken);
        return new MatcherDataStamp(VersionOf(rows, MatcherDataVersion.CatalogueScope), VersionOf(rows, MatcherDataVersion.PeopleScope));
    }

    private static long VersionOf(List<MatcherDataVersion> rows, string scope) =>
        rows.SingleOrDefault(row => row.Scope == scope)?.Version
        ?? throw new InvalidOperationException($"The matcher data version row '{scope}' is missing; the database was not migrated.");
}
