using CareerPaths.Api.Data.Organisation;
using CareerPaths.Api.Seeding.Catalogue;

namespace CareerPaths.Api.Seeding.Writing;

internal static class OrganisationWriter
{
    public static void AddMissingOrgUnits(SeedWriteContext context, IReadOnlyList<OrgUnitSeed> seeds)
    {
        var added = seeds.Where(seed => !context.OrgUnits.Contains(seed.Code))
            .Select(seed => (Seed: seed, Unit: new OrgUnit { Code = seed.Code, Name = seed.Name }))
            .ToList();
        // Every new unit is known before parents are linked, so the file's order does not matter.
        foreach (var (seed, unit) in added)
        {
            context.Db.OrgUnits.Add(unit);
            context.OrgUnits.Add(seed.Code, unit);
        }
        foreach (var (seed, unit) in added.Where(pair => pair.Seed.Parent is not null))
        {
            context.OrgUnits.Link(seed.Parent!, id => unit.ParentId = id, parent => unit.Parent = parent);
        }
    }
}
