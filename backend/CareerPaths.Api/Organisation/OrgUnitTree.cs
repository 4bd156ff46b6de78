using CareerPaths.Api.GraphQL;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Organisation;

/// <summary>Walks the org unit tree in memory: it has tens of rows, so one query for all of them beats a recursive one per question.</summary>
internal static class OrgUnitTree
{
    /// <summary>The ids of the unit with <paramref name="code"/> and of every unit below it; empty for an unknown code.</summary>
    public static async Task<IReadOnlyList<int>> SubtreeIdsAsync(IResolverContext context, string code)
    {
        await using var db = await DatabaseLoaders.Contexts(context).CreateDbContextAsync(context.CancellationToken);
        var units = await db.OrgUnits.AsNoTracking()
            .Select(unit => new OrgUnitRecord(unit.Id, unit.Code, unit.Name, unit.ParentId))
            .ToListAsync(context.CancellationToken);
        var root = units.Find(unit => string.Equals(unit.Code, code, StringComparison.Ordinal));
        if (root is null)
        {
            return [];
        }

        var children = units.Where(unit => unit.ParentId is not null).ToLookup(unit => unit.ParentId!.Value);
        var subtree = new List<int>();
        var pending = new Stack<int>([root.Id]);
        while (pending.TryPop(out var id))
        {
            subtree.Add(id);
            foreach (var child in children[id])
            {
                pending.Push(child.Id);
            }
        }

        return subtree;
    }
}
