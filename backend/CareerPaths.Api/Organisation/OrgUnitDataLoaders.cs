using CareerPaths.Api.GraphQL;
using CareerPaths.GraphQL.Execution.DataLoader;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Organisation;

/// <summary>The request's loaders of org units, one batched query each.</summary>
internal static class OrgUnitDataLoaders
{
    public static BatchDataLoader<int, OrgUnitRecord> OrgUnitById(this IResolverContext context) =>
        context.BatchLoader<int, OrgUnitRecord>("OrgUnits.ById", static (db, ids, cancellationToken) => db.OrgUnits.AsNoTracking()
            .Where(unit => ids.Contains(unit.Id))
            .Select(unit => new OrgUnitRecord(unit.Id, unit.Code, unit.Name, unit.ParentId))
            .ToDictionaryAsync(unit => unit.Id, cancellationToken));

    /// <summary>Each unit's sub-units in code order.</summary>
    public static GroupDataLoader<int, OrgUnitRecord> OrgUnitChildren(this IResolverContext context) =>
        context.GroupLoader<int, OrgUnitRecord>("OrgUnits.Children", static (db, ids, cancellationToken) => db.OrgUnits.AsNoTracking()
            .Where(unit => unit.ParentId != null && ids.Contains(unit.ParentId.Value))
            .OrderBy(unit => EF.Functions.Collate(unit.Code, Ordinal.Collation))
            .Select(unit => new OrgUnitRecord(unit.Id, unit.Code, unit.Name, unit.ParentId))
            .ToListAsync(cancellationToken),
            unit => unit.ParentId!.Value);
}
