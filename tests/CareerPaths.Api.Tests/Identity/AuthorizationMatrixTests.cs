using System.Net.Http.Headers;
using System.Text;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Identity.Matrix;
using CareerPaths.Api.Tests.Infrastructure;
using CareerPaths.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareerPaths.Api.Tests.Identity;

/// <summary>
/// The authorization matrix: every field of the served schema (from introspection), called over HTTP by every
/// persona (anonymous; employee A; employee B; A's manager; a manager elsewhere; HR; L&amp;D), must answer as
/// docs/security.md's policy table says — and the table must name every root field and object type, with the
/// policies the schema really carries. A new field or type without a row fails here; arguments live in
/// Matrix/MatrixFixtures.cs.
/// </summary>
public sealed class AuthorizationMatrixTests(CareerPathsApiFactory api, ITestOutputHelper output) : IClassFixture<CareerPathsApiFactory>
{
    private readonly PolicyTable _table = PolicyTable.Load();

    [Fact]
    public async Task TheTableHasARowForEveryRootFieldAndObjectTypeAndNoOther()
    {
        var shape = await ShapeAsync();
        var required = shape.Objects.Keys
            .Concat(shape.Objects.Where(type => shape.IsRoot(type.Key)).SelectMany(type => type.Value.Select(f => f.Coordinate)))
            .ToHashSet(StringComparer.Ordinal);
        var existing = shape.Objects.Keys.Concat(shape.Objects.Values.SelectMany(fields => fields.Select(f => f.Coordinate))).ToHashSet(StringComparer.Ordinal);

        var missing = required.Where(member => _table.Row(member) is null).Order(StringComparer.Ordinal).ToArray();
        var stale = _table.Rows.Keys.Where(member => !existing.Contains(member)).ToArray();

        Assert.True(missing.Length == 0, "docs/security.md's policy table has no row for: " + string.Join(", ", missing));
        Assert.True(stale.Length == 0, "docs/security.md's policy table names what the schema does not have: " + string.Join(", ", stale));
    }

    [Fact]
    public void ThePolicyColumnIsWhatTheSchemaDeclaresAndEveryFieldWithItsOwnPolicyHasARow()
    {
        var schema = api.Services.GetRequiredService<Schema>();
        var problems = new List<string>();
        foreach (var type in schema.Types.OfType<ObjectType>().Where(t => !t.IsIntrospectionType))
        {
            Check(type.Name, type.AuthorizationPolicies, requireRow: true);
            var isRoot = schema.QueryType == type || schema.MutationType == type;
            foreach (var field in type.Fields.Where(f => !f.IsMetaField))
            {
                // A root field's row shows what it needs in all: its root type's policies, then its own.
                var policies = isRoot ? [.. type.AuthorizationPolicies, .. field.AuthorizationPolicies] : field.AuthorizationPolicies;
                Check(field.Coordinate, policies, requireRow: isRoot || field.AuthorizationPolicies.Count > 0);
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));

        void Check(string member, IReadOnlyList<string> policies, bool requireRow)
        {
            if (_table.Row(member) is not { } row)
            {
                if (requireRow)
                {
                    problems.Add($"{member} carries [{string.Join(", ", policies)}] but has no row in docs/security.md");
                }
            }
            else if (!row.Policies.SequenceEqual(policies.Distinct()))
            {
                problems.Add($"docs/security.md line {row.Line}: {member} says [{string.Join(", ", row.Policies)}], the schema [{string.Join(", ", policies)}]");
            }
        }
    }

    [Fact]
    public async Task EveryFieldAnswersEveryPersonaAsTheTableSays()
    {
        var shape = await ShapeAsync();
        var routes = Routes.Find(shape);
        var subjects = await MatrixSubjects.LoadAsync(api);
        var clients = await ClientsAsync();
        var mismatches = new List<string>();
        var checks = 0;
        var fields = shape.Objects.Values.SelectMany(f => f).ToArray();
        foreach (var field in fields)
        {
            var probe = Probe.For(field, shape, routes, subjects);
            foreach (var persona in PolicyTable.Personas)
            {
                var expected = Expected(probe, persona);
                var (status, text) = await SendAsync(clients[persona], probe.Document);
                var (actual, detail) = ProbeAnswer.Read(status, text, probe.Path);
                checks++;
                if (actual != expected)
                {
                    mismatches.Add($"{field.Coordinate} as {persona}: the table says {expected.Text()}, the API answered {actual?.Text() ?? "an error"} {detail}\n    {probe.Document}");
                }
            }
        }

        output.WriteLine($"{fields.Length} fields × {PolicyTable.Personas.Count} personas = {checks} checks, {mismatches.Count} mismatches");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {checks} answers differ from docs/security.md:\n" + string.Join("\n", mismatches));
    }

    /// <summary>The outcome the table predicts: the most closed of the rows along the way (root type, fields, types reached).</summary>
    private Outcome Expected(Probe probe, string persona) => probe.Members
        .Select(member => _table.Row(member))
        .OfType<PolicyRow>()
        .Select(row => row.Outcomes[persona])
        .Aggregate(Outcome.Yes, Outcomes.Worst);

    private async Task<SchemaShape> ShapeAsync() => SchemaShape.From(await api.DataAsync(SchemaShape.Query));

    private async Task<Dictionary<string, HttpClient>> ClientsAsync()
    {
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal) { [PolicyTable.Anonymous] = api.CreateClient() };
        foreach (var persona in TestPersonas.MatrixKeys)
        {
            clients[persona] = await api.CreateClientAs(persona);
        }

        return clients;
    }

    private static async Task<(System.Net.HttpStatusCode Status, string Text)> SendAsync(HttpClient client, string document)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query = document }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(HttpRequests.ResponseMediaType));
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
