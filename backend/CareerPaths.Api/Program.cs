using CareerPaths.Api.Audit;
using CareerPaths.Api.Health;
using CareerPaths.Api.Hosting;
using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Seeding.DemoPeople;

// A tool mode that needs no web host (see DemoPeopleCommand).
if (DemoPeopleCommand.IsInvokedBy(args))
{
    return DemoPeopleCommand.Run(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCareerPathsData();
builder.Services.AddCareerPathsSeeding(builder.Configuration);
builder.Services.AddCareerPathsHealth();
builder.Services.AddCareerPathsAudit();
builder.Services.AddCareerPathsGraphQL();
builder.Services.AddCareerPathsSecurity();

var app = builder.Build();
// Migrate → seed → serve: nothing answers until the database is ready.
await app.PrepareCareerPathsDatabaseAsync();
// Security headers first; static files before sign-in; then 401/403/429 before any endpoint runs.
app.UseCareerPathsResponseSecurity();
app.UseCareerPathsWebRoot();
app.UseCareerPathsAccessControl();
app.MapCareerPathsHealth();
app.MapCareerPathsDevTokens();
app.MapCareerPathsGraphQL();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so that integration tests can host the API.</summary>
public partial class Program;
