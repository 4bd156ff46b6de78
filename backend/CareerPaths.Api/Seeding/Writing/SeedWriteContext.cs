using CareerPaths.Api.Data;
using CareerPaths.Api.Data.Certifications;
using CareerPaths.Api.Data.Employees;
using CareerPaths.Api.Data.Organisation;
using CareerPaths.Api.Data.Roles;
using CareerPaths.Api.Data.Skills;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Seeding.Writing;

/// <summary>What the writers share: the context, the time of this run, and the keyed rows they refer to.</summary>
internal sealed class SeedWriteContext
{
    private SeedWriteContext(CareerPathsDbContext db, DateTimeOffset now)
    {
        Db = db;
        Now = now;
    }

    public CareerPathsDbContext Db { get; }

    public DateTimeOffset Now { get; }

    public KeyedEntities<Skill> Skills { get; private set; } = null!;

    public KeyedEntities<Certification> Certifications { get; private set; } = null!;

    public KeyedEntities<RoleProfile> Roles { get; private set; } = null!;

    public KeyedEntities<OrgUnit> OrgUnits { get; private set; } = null!;

    public KeyedEntities<Employee> Employees { get; private set; } = null!;

    // Only keys and ids are loaded: what exists is never re-read or changed, and nothing large is tracked.
    public static async Task<SeedWriteContext> LoadAsync(CareerPathsDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        new(db, now)
        {
            Skills = new(await IdsAsync(db.Skills.Select(row => new KeyAndId(row.Code, row.Id)), cancellationToken)),
            Certifications = new(await IdsAsync(db.Certifications.Select(row => new KeyAndId(row.Code, row.Id)), cancellationToken)),
            Roles = new(await IdsAsync(db.RoleProfiles.Select(row => new KeyAndId(row.Code, row.Id)), cancellationToken)),
            OrgUnits = new(await IdsAsync(db.OrgUnits.Select(row => new KeyAndId(row.Code, row.Id)), cancellationToken)),
            Employees = new(await IdsAsync(db.Employees.Select(row => new KeyAndId(row.EmployeeNumber, row.Id)), cancellationToken)),
        };

    private static Task<Dictionary<string, int>> IdsAsync(IQueryable<KeyAndId> rows, CancellationToken cancellationToken) =>
        rows.ToDictionaryAsync(row => row.Key, row => row.Id, StringComparer.Ordinal, cancellationToken);

    private sealed record KeyAndId(string Key, int Id);
}
