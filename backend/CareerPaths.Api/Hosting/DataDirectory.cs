namespace CareerPaths.Api.Hosting;

/// <summary>
/// Where the API keeps machine-local state that is not in the database (the local issuer's signing key):
/// <c>CareerPaths:DataDirectory</c> (`make run` sets it to <c>.data/</c>), else <c>.data</c> under the content root.
/// <c>.data/</c> is git-ignored everywhere.
/// </summary>
public static class DataDirectory
{
    public const string ConfigurationKey = "CareerPaths:DataDirectory";

    public static string Resolve(IConfiguration configuration, IHostEnvironment environment) =>
        Path.GetFullPath(configuration[ConfigurationKey] is { Length: > 0 } configured ? configured : ".data", environment.ContentRootPath);
}
