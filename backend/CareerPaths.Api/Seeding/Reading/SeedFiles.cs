namespace CareerPaths.Api.Seeding.Reading;

/// <summary>
/// The files of <c>seed-data/</c> (see seed-data/README.md): each one's name, the property holding its records,
/// and its schema in <c>schemas/</c>.
/// </summary>
public sealed record SeedFile(string FileName, string CollectionProperty)
{
    public static readonly SeedFile Skills = new("skills.json", "skills");
    public static readonly SeedFile Certifications = new("certifications.json", "certifications");
    public static readonly SeedFile Roles = new("roles.json", "roles");
    public static readonly SeedFile Transitions = new("transitions.json", "transitions");
    public static readonly SeedFile LearningOfferings = new("learning-offerings.json", "offerings");
    public static readonly SeedFile SegregationOfDuties = new("segregation-of-duties.json", "rules");
    public static readonly SeedFile OrgUnits = new("org-units.json", "orgUnits");
    public static readonly SeedFile People = new("people.json", "people");

    public static IReadOnlyList<SeedFile> All { get; } =
        [Skills, Certifications, Roles, Transitions, LearningOfferings, SegregationOfDuties, OrgUnits, People];

    public string SchemaFileName => $"{Path.GetFileNameWithoutExtension(FileName)}.schema.json";

    /// <summary>The value of the file's <c>$schema</c> property, relative to the file.</summary>
    public string SchemaReference => $"./schemas/{SchemaFileName}";

    /// <summary>JSON path of item <paramref name="index"/> of the file's collection, e.g. <c>$.roles[3]</c>.</summary>
    public string ItemPath(int index) => $"$.{CollectionProperty}[{index}]";
}
