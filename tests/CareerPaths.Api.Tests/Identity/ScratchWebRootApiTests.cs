using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Identity;

/// <summary>
/// Base of the tests of what the API serves around sign-in: each test gets a seeded database of its own and the API
/// on it, serving a <see cref="ScratchWebRoot"/> as its web app.
/// </summary>
public abstract class ScratchWebRootApiTests : IAsyncLifetime
{
    private TestDatabase? _database;
    private CareerPathsApiFactory? _api;

    protected ScratchWebRoot WebRoot { get; } = new();

    protected TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialized.");

    protected CareerPathsApiFactory Server => _api ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CloneAsync(await DatabaseTemplates.SeededAsync(), GetType().Name);
        _api = CareerPathsApiFactory.On(_database, WebRoot.Settings);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Database.DisposeAsync();
        WebRoot.Dispose();
    }
}
