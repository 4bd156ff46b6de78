using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Benchmarks;

public sealed record Skill(string Id, string Name, string Category);

public sealed record Requirement(int Level, Skill Skill);

public sealed record Role(string Id, string Title, string? Description, IReadOnlyList<Requirement> Requirements);

/// <summary>
/// The benchmark's catalogue: 100 roles × 10 requirements × a skill, in memory, with a code-first schema.
/// graphql-js/bench.mjs builds the same data with the same formulas and the same schema from <see cref="Sdl"/>.
/// </summary>
public static class CatalogueModel
{
    public const string NestedQuery = "{ roles { id title description requirements { level skill { id name category } } } }";

    public static IReadOnlyList<Role> Roles { get; } = BuildRoles();

    public static Schema Schema { get; } = SchemaBuilder.Create()
        .Object<Skill>("Skill", t =>
        {
            t.Field(s => s.Id).Type("ID!");
            t.Field(s => s.Name);
            t.Field(s => s.Category);
        })
        .Object<Requirement>("Requirement", t =>
        {
            t.Field(r => r.Level);
            t.Field(r => r.Skill);
        })
        .Object<Role>("Role", t =>
        {
            t.Field(r => r.Id).Type("ID!");
            t.Field(r => r.Title);
            t.Field(r => r.Description);
            t.Field(r => r.Requirements).Type("[Requirement!]!");
        })
        .Object("Query", t => t.Field("roles").Type("[Role!]!").Resolve(_ => Roles))
        .Build();

    /// <summary>The schema as SDL, for graphql-js.</summary>
    public static string Sdl => SchemaPrinter.Print(Schema);

    private static Role[] BuildRoles()
    {
        var skills = Enumerable.Range(0, 50).Select(i => new Skill($"skill-{i}", $"Skill {i}", $"Category {i % 5}")).ToArray();
        return Enumerable.Range(0, 100).Select(r => new Role(
                $"role-{r}",
                $"Role {r}",
                r % 3 == 0 ? null : $"Description of role {r}",
                Enumerable.Range(0, 10).Select(q => new Requirement(1 + (r + q) % 5, skills[(r * 7 + q) % 50])).ToArray()))
            .ToArray();
    }
}
