using System.Net.Http.Headers;
using System.Net.Http.Json;
using CareerPaths.Api.Data;
using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Logging;

namespace CareerPaths.Api.Tests.Identity;

/// <summary>
/// No personal data in the logs: with every category at Trace, requests carrying tokens (valid, expired, forged,
/// for someone without an employee record) with a name and e-mail in them, and GraphQL variables, leave none of
/// those strings in any log entry. docs/security.md ("Logging") states the rules.
/// </summary>
public sealed class LogHygieneTests : IAsyncLifetime
{
    private const string Name = "Zebediah Quux-Logcheck";
    private const string Email = "zebediah.quux@logcheck.example";
    private const string Variable = "variable-secret-4711";

    private readonly CollectedLogs _logs = new();
    private TestDatabase? _database;
    private CareerPathsApiFactory? _api;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CloneAsync(await DatabaseTemplates.SeededAsync(), nameof(LogHygieneTests));
        _api = CareerPathsApiFactory.On(_database, new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
        }, services: services => services.AddSingleton<ILoggerProvider>(_logs));
    }

    public async Task DisposeAsync()
    {
        await _api!.DisposeAsync();
        await _database!.DisposeAsync();
    }

    [Fact]
    public async Task TokensNamesEmailsAndVariablesNeverReachTheLog()
    {
        var personas = await _api!.PersonasAsync();
        var tokens = new[]
        {
            Token(personas, PersonaPicker.Employee, _ => { }),
            Token(personas, PersonaPicker.Employee, t => t.IssuedAt = DateTimeOffset.UtcNow.AddDays(-1)),
            Token(personas, PersonaPicker.Employee, t => t.Key = TestSigningKeys.Forger),
            Token(personas, PersonaPicker.Employee, t => t.Audience = "api://elsewhere"),
            Token(personas, PersonaPicker.NotAnEmployee, _ => { }),
            Token(personas, PersonaPicker.Employee, t => t.Scope = "User.Read"),
        };
        foreach (var token in tokens)
        {
            using var client = _api.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            await client.PostGraphQLAsync("query($s: String) { skills(search: $s) { totalCount } }", new { s = Variable });
            await client.PostGraphQLAsync("query($n: Int) { roles(first: $n) { totalCount } }", new { n = Variable });
        }

        string minted;
        using (var client = _api.CreateClient())
        {
            using var response = await client.PostAsJsonAsync(new Uri("/dev/token", UriKind.Relative), new { persona = PersonaPicker.HR });
            minted = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString()!;
        }

        var log = string.Join("\n", _logs.Entries);
        Assert.Contains("Bearer", log, StringComparison.Ordinal);  // the capture works: authentication failures are logged
        var hr = personas.Subject(PersonaPicker.HR);
        string[] secrets = [Name, Email, Variable, hr.Name, hr.Email, minted, .. tokens, .. tokens.Select(t => t.Split('.')[1])];
        foreach (var secret in secrets)
        {
            Assert.False(log.Contains(secret, StringComparison.OrdinalIgnoreCase), $"The log holds \"{secret}\":\n{Excerpt(log, secret)}");
        }
    }

    [Fact]
    public async Task EntityFrameworkNeverLogsParameterValues()
    {
        var contexts = _api!.Services.GetRequiredService<IDbContextFactory<CareerPathsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();

        Assert.False(db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.IsSensitiveDataLoggingEnabled);
        Assert.False(IdentityModelEventSource.ShowPII);
        Assert.False(IdentityModelEventSource.LogCompleteSecurityArtifact);
    }

    private static string Token(TestPersonas personas, string persona, Action<TestToken> adjust) => personas.Token(persona, token =>
    {
        token.Name = Name;
        token.Email = Email;
        adjust(token);
    });

    private static string Excerpt(string log, string secret)
    {
        var at = log.IndexOf(secret, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? "" : log.Substring(Math.Max(0, at - 300), Math.Min(600 + secret.Length, log.Length - Math.Max(0, at - 300)));
    }
}
