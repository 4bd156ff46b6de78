using CareerPaths.Api.Data;
using CareerPaths.Api.Seeding.Catalogue;
using CareerPaths.Api.Seeding.Writing;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Seeding;

/// <summary>
/// Writes a validated catalogue into the database, adding only what is missing (matched on code, employee number,
/// or the (from, to) pair of a transition), all in one transaction: a failure leaves the database as it was.
/// </summary>
public static class CatalogueSeeder
{
    // Any constant works; it only has to be the same for every instance of the API.
    private const long SeedingLockKey = 0x43_61_72_65_65_72_50; // "CareerP"

    public static async Task<SeedReport> SeedAsync(CareerPathsDbContext db, SeedCatalogue catalogue, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Several API instances may start at once: the second waits here, then finds everything present.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedingLockKey})", cancellationToken);

        var context = await SeedWriteContext.LoadAsync(db, now, cancellationToken);
        SkillAndCertificationWriter.AddMissingSkills(context, catalogue.Skills);
        SkillAndCertificationWriter.AddMissingCertifications(context, catalogue.Certifications);
        RoleWriter.AddMissingRoles(context, catalogue.Roles);
        var transitions = await RoleWriter.AddMissingTransitionsAsync(context, catalogue.Transitions, cancellationToken);
        var offerings = await LearningAndRuleWriter.AddMissingOfferingsAsync(context, catalogue.LearningOfferings, cancellationToken);
        var rules = await LearningAndRuleWriter.AddMissingRulesAsync(context, catalogue.SegregationRules, cancellationToken);
        OrganisationWriter.AddMissingOrgUnits(context, catalogue.OrgUnits);
        PeopleWriter.AddMissingPeople(context, catalogue.People);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new SeedReport(context.Skills.AddedCount, context.Certifications.AddedCount, context.Roles.AddedCount, transitions,
            offerings, rules, context.OrgUnits.AddedCount, context.Employees.AddedCount);
    }
}
