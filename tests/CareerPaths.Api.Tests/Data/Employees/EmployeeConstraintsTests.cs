using CareerPaths.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CareerPaths.Api.Tests.Data.FixtureIds;

namespace CareerPaths.Api.Tests.Data.Employees;

public sealed class EmployeeConstraintsTests(FixtureCatalogueDatabaseFixture fixture) : IClassFixture<FixtureCatalogueDatabaseFixture>
{
    private const string Value = ConstraintProbe.Value;
    private readonly ConstraintProbe _probe = new(fixture.Database);

    private static string NewEmployee(string number, string email, string oid) =>
        "INSERT INTO \"Employees\" (\"EmployeeNumber\", \"Name\", \"Email\", \"IdentityObjectId\", \"OrgUnitId\") " +
        $"VALUES ({number}, 'New Person', {email}, {oid}, {OrgUnit("head-office")})";

    private static string NewEvidence(string level, string source) =>
        "INSERT INTO \"SkillEvidence\" (\"EmployeeId\", \"SkillId\", \"Level\", \"Source\", \"AssessedOn\") " +
        $"VALUES ({Employee("E00004")}, {Skill("budgeting")}, {level}, {source}, '2026-11-01')";

    [Fact]
    public Task EmployeeNumbersAreUnique() => _probe.AssertRejectsAsync("IX_Employees_EmployeeNumber",
        NewEmployee(Value, "'new.person@fixture.example'", "gen_random_uuid()"), good: "'E09999'", bad: "'E00001'");

    [Fact]
    public Task EmailsAreUnique() => _probe.AssertRejectsAsync("IX_Employees_Email",
        NewEmployee("'E09999'", Value, "gen_random_uuid()"), good: "'new.person@fixture.example'", bad: "'ada.lovelace@fixture.example'");

    [Fact]
    public Task AnIdentityObjectIdSignsInOnePersonOnly() => _probe.AssertRejectsAsync("IX_Employees_IdentityObjectId",
        NewEmployee("'E09999'", "'new.person@fixture.example'", Value),
        good: "gen_random_uuid()", bad: "'00000000-0000-4000-8000-000000000001'");

    [Fact]
    public Task NobodyIsTheirOwnManager() => _probe.AssertRejectsAsync("CK_Employees_NotOwnManager",
        $"UPDATE \"Employees\" SET \"ManagerId\" = {Value} WHERE \"EmployeeNumber\" = 'E00004'",
        good: Employee("E00001"), bad: Employee("E00004"));

    [Theory]
    [InlineData("-1")]
    [InlineData("8")]
    public Task EvidenceLevelsAreZeroToSeven(string bad) => _probe.AssertRejectsAsync("CK_SkillEvidence_Level",
        NewEvidence(Value, "'self'"), good: "0", bad: bad);

    [Fact]
    public Task EvidenceComesFromAKnownSource() => _probe.AssertRejectsAsync("CK_SkillEvidence_Source",
        NewEvidence("3", Value), good: "'assessment'", bad: "'rumour'");

    [Fact]
    public Task ACertificationCannotExpireBeforeItWasEarned() => _probe.AssertRejectsAsync("CK_EmployeeCertifications_ExpiresAfterEarned",
        "INSERT INTO \"EmployeeCertifications\" (\"EmployeeId\", \"CertificationId\", \"EarnedOn\", \"ExpiresOn\") " +
        $"VALUES ({Employee("E00004")}, {Certification("cism")}, '2026-01-01', {Value})",
        good: "'2029-01-01'", bad: "'2025-12-31'");

    [Fact]
    public Task ACareerGoalNamesEachTargetRoleOnce() => _probe.AssertRejectsAsync("IX_CareerGoals_EmployeeId_TargetRoleId",
        $"INSERT INTO \"CareerGoals\" (\"EmployeeId\", \"TargetRoleId\", \"Priority\") VALUES ({Employee("E00004")}, {Value}, 2)",
        good: Role("it-auditor"), bad: Role("it-manager"));

    [Fact]
    public Task AnOrgUnitIsNotItsOwnParent() => _probe.AssertRejectsAsync("CK_OrgUnits_NotOwnParent",
        $"UPDATE \"OrgUnits\" SET \"ParentId\" = {Value} WHERE \"Code\" = 'internal-audit'",
        good: OrgUnit("it-operations"), bad: OrgUnit("internal-audit"));

    [Fact]
    public async Task WhenAManagerLeavesTheirReportsStayWithoutAManagerAndTheirOwnEvidenceGoes()
    {
        await using var db = fixture.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();

        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"Employees\" WHERE \"EmployeeNumber\" = 'E00002'");

        var reports = await db.Employees.Where(employee => employee.EmployeeNumber == "E00004").Select(employee => employee.ManagerId).SingleAsync();
        Assert.Null(reports);
        Assert.Equal(0, await db.SkillEvidence.CountAsync(evidence => evidence.Employee.EmployeeNumber == "E00002"));
        await transaction.RollbackAsync();
    }
}
