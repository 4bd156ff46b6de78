using CareerPaths.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Tests.Data;

/// <summary>No lost updates: PostgreSQL's xmin makes the second of two concurrent edits fail instead of overwriting the first.</summary>
public sealed class ConcurrencyTokenTests(FixtureCatalogueDatabaseFixture fixture) : IClassFixture<FixtureCatalogueDatabaseFixture>
{
    [Fact]
    public async Task TheSecondOfTwoConcurrentEditsOfARoleProfileIsRejected()
    {
        await using var first = fixture.Database.CreateContext();
        await using var second = fixture.Database.CreateContext();
        var mine = await first.RoleProfiles.SingleAsync(role => role.Code == "it-technician");
        var theirs = await second.RoleProfiles.SingleAsync(role => role.Code == "it-technician");
        Assert.NotEqual(0u, mine.RowVersion);

        mine.CreatedAt = mine.CreatedAt.AddMinutes(1);
        await first.SaveChangesAsync();
        theirs.CreatedAt = theirs.CreatedAt.AddMinutes(2);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task TheSecondOfTwoConcurrentEditsOfAnEmployeeIsRejected()
    {
        await using var first = fixture.Database.CreateContext();
        await using var second = fixture.Database.CreateContext();
        var mine = await first.Employees.SingleAsync(employee => employee.EmployeeNumber == "E00006");
        var theirs = await second.Employees.SingleAsync(employee => employee.EmployeeNumber == "E00006");

        mine.Name = "Donald E. Knuth";
        await first.SaveChangesAsync();
        theirs.Name = "D. Knuth";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var fresh = fixture.Database.CreateContext();
        Assert.Equal("Donald E. Knuth", await fresh.Employees.Where(employee => employee.EmployeeNumber == "E00006").Select(employee => employee.Name).SingleAsync());
    }
}
