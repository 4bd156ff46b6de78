using Npgsql;

namespace CareerPaths.Api.Tests.Matching;

/// <summary>
/// Every committed change to a table the matcher reads raises its scope's version once per transaction — also when
/// written in plain SQL, bypassing EF — and nothing else does: other tables, unrelated employee columns, rollbacks.
/// </summary>
public sealed class MatcherDataVersionTests(SeededDatabaseFixture fixture) : IClassFixture<SeededDatabaseFixture>
{
    public static TheoryData<string, string, string> VersionedColumns => new()
    {
        { "RoleProfileVersions", "Name", "catalogue" },
        { "RoleRequirements", "Importance", "catalogue" },
        { "CertificationRequirementGroups", "IsRequired", "catalogue" },
        { "CertificationRequirementOptions", "CertificationId", "catalogue" },
        { "Certifications", "PreparationHours", "catalogue" },
        { "CertificationEvidencedSkills", "Level", "catalogue" },
        { "LearningOfferings", "Hours", "catalogue" },
        { "LearningOfferingSkills", "ToLevel", "catalogue" },
        { "LearningSessions", "EndsOn", "catalogue" },
        { "CareerTransitions", "TypicalYears", "catalogue" },
        { "SegregationOfDutiesRules", "Reason", "catalogue" },
        { "SkillEvidence", "Level", "people" },
        { "EmployeeCertifications", "EarnedOn", "people" },
        { "CareerGoals", "Priority", "people" },
        { "OrgUnits", "ParentId", "people" },
        { "Employees", "CurrentRoleId", "people" },
        { "Employees", "OrgUnitId", "people" },
    };

    public static TheoryData<string, string> UnversionedColumns => new()
    {
        { "Employees", "Name" },
        { "Employees", "ManagerId" },
        { "Skills", "Name" },
        { "RoleProfiles", "CreatedAt" },
        { "EducationRequirements", "Fields" },
    };

    [Theory]
    [MemberData(nameof(VersionedColumns))]
    public async Task AnUpdateRaisesItsScopeOnceAndLeavesTheOtherAlone(string table, string column, string scope)
    {
        await using var connection = await fixture.Database.OpenConnectionAsync();
        var before = await VersionsAsync(connection);

        await ExecuteAsync(connection, TouchOneRow(table, column));

        var after = await VersionsAsync(connection);
        Assert.Equal(before[scope] + 1, after[scope]);
        Assert.Equal(before[Other(scope)], after[Other(scope)]);
    }

    [Theory]
    [MemberData(nameof(UnversionedColumns))]
    public async Task ChangesTheMatcherDoesNotReadLeaveBothVersionsAlone(string table, string column)
    {
        await using var connection = await fixture.Database.OpenConnectionAsync();
        var before = await VersionsAsync(connection);

        await ExecuteAsync(connection, TouchOneRow(table, column));

        Assert.Equal(before, await VersionsAsync(connection));
    }

    [Fact]
    public async Task ATransactionOfManyStatementsRaisesEachScopeOnce()
    {
        await using var connection = await fixture.Database.OpenConnectionAsync();
        var before = await VersionsAsync(connection);

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            for (var i = 0; i < 5; i++)
            {
                await ExecuteAsync(connection, TouchOneRow("SkillEvidence", "Level"), transaction);
                await ExecuteAsync(connection, TouchOneRow("LearningSessions", "EndsOn"), transaction);
            }
            await transaction.CommitAsync();
        }

        var after = await VersionsAsync(connection);
        Assert.Equal(before["people"] + 1, after["people"]);
        Assert.Equal(before["catalogue"] + 1, after["catalogue"]);
    }

    [Fact]
    public async Task ARolledBackChangeRaisesNothingAndTheNextTransactionStillRaises()
    {
        await using var connection = await fixture.Database.OpenConnectionAsync();
        var before = await VersionsAsync(connection);

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await ExecuteAsync(connection, TouchOneRow("SkillEvidence", "Level"), transaction);
            await transaction.RollbackAsync();
        }
        Assert.Equal(before, await VersionsAsync(connection));

        await ExecuteAsync(connection, "INSERT INTO \"SkillEvidence\" (\"EmployeeId\", \"SkillId\", \"Level\", \"Source\", \"AssessedOn\") " +
            "SELECT \"EmployeeId\", \"SkillId\", 1, 'self', DATE '2026-01-01' FROM \"SkillEvidence\" LIMIT 1");
        Assert.Equal(before["people"] + 1, (await VersionsAsync(connection))["people"]);
    }

    [Fact]
    public async Task DeletingRaisesItsScope()
    {
        await using var connection = await fixture.Database.OpenConnectionAsync();
        var before = await VersionsAsync(connection);

        await ExecuteAsync(connection, "DELETE FROM \"CareerGoals\" WHERE ctid = (SELECT ctid FROM \"CareerGoals\" LIMIT 1)");

        Assert.Equal(before["people"] + 1, (await VersionsAsync(connection))["people"]);
    }

    private static string Other(string scope) => scope == "people" ? "catalogue" : "people";

    private static string TouchOneRow(string table, string column) =>
        $"UPDATE \"{table}\" SET \"{column}\" = \"{column}\" WHERE ctid = (SELECT ctid FROM \"{table}\" WHERE \"{column}\" IS NOT NULL LIMIT 1)";

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        Assert.True(await command.ExecuteNonQueryAsync() > 0, $"The statement changed no row: {sql}");
    }

    internal static async Task<Dictionary<string, long>> VersionsAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT \"Scope\", \"Version\" FROM \"MatcherDataVersions\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            versions[reader.GetString(0)] = reader.GetInt64(1);
        }
        return versions;
    }
}
