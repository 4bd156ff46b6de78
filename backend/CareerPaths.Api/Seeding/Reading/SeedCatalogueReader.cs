using System.Text.Json;
using CareerPaths.Api.Seeding.Catalogue;
using CareerPaths.Api.Seeding.Validation;

namespace CareerPaths.Api.Seeding.Reading;

/// <summary>
/// Reads every <c>*.json</c> of a seed directory, validates each against its schema, then checks references
/// across files; returns the catalogue only when all of it is sound, else throws <see cref="SeedDataException"/>
/// listing every problem (so one round of fixes is enough).
/// </summary>
public static class SeedCatalogueReader
{
    /// <param name="directory">The seed data folder.</param>
    /// <param name="withPeople">False to leave <c>people.json</c> out, e.g. to generate a new one from the catalogue.</param>
    public static SeedCatalogue Read(string directory, bool withPeople = true)
    {
        var schemaDirectory = Path.Combine(directory, "schemas");
        if (!Directory.Exists(directory))
        {
            throw new SeedDataException($"The seed data directory {directory} does not exist.");
        }
        var problems = new List<SeedProblem>();
        var documents = new Dictionary<SeedFile, JsonElement>();
        foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var file = SeedFile.All.FirstOrDefault(known => known.FileName == name);
            if (file == SeedFile.People && !withPeople)
            {
                continue;
            }
            if (file is null)
            {
                problems.Add(new(name, "$", $"is not a seed file the seeder knows; expected one of {string.Join(", ", SeedFile.All.Select(known => known.FileName))}"));
                continue;
            }
            if (SeedFileValidator.Validate(file, path, schemaDirectory, problems) is { } root)
            {
                documents[file] = root;
            }
        }
        if (problems.Count > 0)
        {
            // Reference checks on files that are not even well-shaped would only add noise.
            throw new SeedDataException(directory, problems);
        }
        var catalogue = Deserialize(documents, problems);
        if (problems.Count == 0)
        {
            problems.AddRange(CatalogueChecks.Check(catalogue));
        }
        return problems.Count == 0 ? catalogue : throw new SeedDataException(directory, problems);
    }

    private static SeedCatalogue Deserialize(Dictionary<SeedFile, JsonElement> documents, List<SeedProblem> problems)
    {
        List<T> Items<T>(SeedFile file)
        {
            if (!documents.TryGetValue(file, out var root))
            {
                return [];
            }
            try
            {
                return root.GetProperty(file.CollectionProperty).Deserialize<List<T>>(SeedJsonOptions.Default) ?? [];
            }
            catch (JsonException exception)
            {
                // The schema should have caught this; if it did not, say so instead of crashing.
                problems.Add(new(file.FileName, $"$.{file.CollectionProperty}{exception.Path?.TrimStart('$')}", exception.Message));
                return [];
            }
        }

        return new SeedCatalogue(
            Items<SkillSeed>(SeedFile.Skills),
            Items<CertificationSeed>(SeedFile.Certifications),
            Items<RoleSeed>(SeedFile.Roles),
            Items<TransitionSeed>(SeedFile.Transitions),
            Items<LearningOfferingSeed>(SeedFile.LearningOfferings),
            Items<SegregationRuleSeed>(SeedFile.SegregationOfDuties),
            Items<OrgUnitSeed>(SeedFile.OrgUnits),
            Items<PersonSeed>(SeedFile.People));
    }
}
