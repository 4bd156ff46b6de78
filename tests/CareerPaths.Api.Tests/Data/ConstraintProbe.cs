using CareerPaths.Api.Tests.Infrastructure;
using Npgsql;

namespace CareerPaths.Api.Tests.Data;

/// <summary>
/// Proves that a database constraint, and nothing else, rejects a bad row: the same statement first succeeds with
/// a good value (rolled back), then fails with the bad one on the named constraint.
/// </summary>
public sealed class ConstraintProbe(TestDatabase database)
{
    /// <summary>Placeholder in statements for the value under test.</summary>
    public const string Value = "@value";

    public async Task AssertRejectsAsync(string constraint, string statement, string good, string bad)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await ExecuteAsync(connection, statement.Replace(Value, good, StringComparison.Ordinal));
            await transaction.RollbackAsync();
        }

        var error = await Assert.ThrowsAsync<PostgresException>(
            () => ExecuteAsync(connection, statement.Replace(Value, bad, StringComparison.Ordinal)));

        Assert.Equal(constraint, error.ConstraintName);
    }

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = await database.OpenConnectionAsync();
        return await ExecuteAsync(connection, sql);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }
}

/// <summary>SQL snippets that look up ids of the fixture catalogue by code.</summary>
public static class FixtureIds
{
    public static string Skill(string code) => $"(SELECT \"Id\" FROM \"Skills\" WHERE \"Code\" = '{code}')";

    public static string Role(string code) => $"(SELECT \"Id\" FROM \"RoleProfiles\" WHERE \"Code\" = '{code}')";

    public static string Certification(string code) => $"(SELECT \"Id\" FROM \"Certifications\" WHERE \"Code\" = '{code}')";

    public static string OrgUnit(string code) => $"(SELECT \"Id\" FROM \"OrgUnits\" WHERE \"Code\" = '{code}')";

    public static string Employee(string number) => $"(SELECT \"Id\" FROM \"Employees\" WHERE \"EmployeeNumber\" = '{number}')";

    public static string Offering(string code) => $"(SELECT \"Id\" FROM \"LearningOfferings\" WHERE \"Code\" = '{code}')";

    public static string Session(string code) => $"(SELECT \"Id\" FROM \"LearningSessions\" WHERE \"Code\" = '{code}')";

    public static string PublishedVersion(string role) =>
        $"(SELECT \"Id\" FROM \"RoleProfileVersions\" WHERE \"RoleProfileId\" = {Role(role)} AND \"Status\" = 'published')";
}
