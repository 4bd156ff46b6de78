using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.GraphQL;

/// <summary><c>GraphQL:Introspection:Enabled</c> switches <c>__schema</c> and <c>__type</c> off; the data stays served.</summary>
public sealed class IntrospectionSettingTests : IAsyncLifetime
{
    private TestDatabase? _database;

    public async Task InitializeAsync() =>
        _database = await TestDatabase.CloneAsync(await DatabaseTemplates.SeededAsync(), nameof(IntrospectionSettingTests));

    public async Task DisposeAsync() => await _database!.DisposeAsync();

    private CareerPathsApiFactory Api(bool introspection) =>
        CareerPathsApiFactory.On(_database!, new Dictionary<string, string?> { ["GraphQL:Introspection:Enabled"] = introspection.ToString() });

    [Fact]
    public async Task WhenDisabledSchemaIntrospectionIsRefusedWithItsCode()
    {
        await using var api = Api(introspection: false);

        var (status, _, body) = await api.PostGraphQLAsync("{ __schema { queryType { name } } }");

        Assert.Equal(400, status);
        Assert.Equal("INTROSPECTION_DISABLED", body.SingleError().GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task WhenDisabledTypeIntrospectionIsRefusedEvenUnderAnAliasInAFragment()
    {
        await using var api = Api(introspection: false);

        var (status, _, body) = await api.PostGraphQLAsync(
            "query Q { ...F } fragment F on Query { innocent: __type(name: \"Role\") { fields { name } } }");

        Assert.Equal(400, status);
        Assert.Equal("INTROSPECTION_DISABLED", body.SingleError().GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task WhenDisabledTypenameAndTheCatalogueStillAnswer()
    {
        await using var api = Api(introspection: false);

        var (status, _, body) = await api.PostGraphQLAsync("{ __typename role(code: \"cio\") { name } }");

        Assert.Equal(200, status);
        Assert.False(body.TryGetProperty("errors", out _), body.GetRawText());
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task WhenEnabledIntrospectionAnswers()
    {
        await using var api = Api(introspection: true);

        var (status, _, body) = await api.PostGraphQLAsync("{ __schema { queryType { name } } }");

        Assert.Equal(200, status);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }
}
