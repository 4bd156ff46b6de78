namespace CareerPaths.Api.Tests.GraphQL;

/// <summary>Runs a query over <c>roles</c> and returns the SQL commands it cost and how many roles it read.</summary>
public static class SqlCounts
{
    public static async Task<(IReadOnlyList<string> Commands, int Roles)> CountRolesQueryAsync(SqlCountingApiFactory api, string query)
    {
        _ = api.Services; // start the host first: its migrations and seeding are not the query's commands
        api.Sql.Reset();
        var data = await api.DataAsync(query);
        var commands = api.Sql.Commands;
        var roles = data.GetProperty("roles");
        Assert.Equal(roles.GetProperty("totalCount").GetInt32(), roles.GetProperty("nodes").GetArrayLength());
        Assert.All(roles.GetProperty("nodes").EnumerateArray(), role => Assert.NotEqual(0, role.GetProperty("requirements").GetArrayLength()));
        return (commands, roles.GetProperty("totalCount").GetInt32());
    }

    public static string Describe(IReadOnlyList<string> commands) =>
        $"{commands.Count} SQL commands:\n" + string.Join("\n---\n", commands);
}
