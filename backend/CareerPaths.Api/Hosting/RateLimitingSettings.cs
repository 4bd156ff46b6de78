namespace CareerPaths.Api.Hosting;

/// <summary>
/// <c>RateLimiting</c>: how many requests one person (by <c>oid</c>; before sign-in, one IP address) may make
/// per window. The defaults leave GraphiQL and the SPA plenty of room and stop scripted scraping.
/// </summary>
public sealed class RateLimitingSettings
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    public int PermitLimit { get; set; } = 600;

    public int WindowSeconds { get; set; } = 60;
}
