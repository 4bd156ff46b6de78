using CareerPaths.Api.Seeding.Catalogue;
using CareerPaths.Api.Seeding.Reading;

namespace CareerPaths.Api.Seeding.Validation;

/// <summary>The org units form one tree: unique codes, known parents, one root, no cycles.</summary>
internal static class OrganisationChecks
{
    public static IEnumerable<SeedProblem> Check(SeedCatalogue catalogue)
    {
        var file = SeedFile.OrgUnits;
        var units = catalogue.OrgUnits;
        foreach (var problem in Duplicates.In(file, units, unit => unit.Code, "code"))
        {
            yield return problem;
        }
        var parentOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < units.Count; index++)
        {
            parentOf.TryAdd(units[index].Code, units[index].Parent);
            position.TryAdd(units[index].Code, index);
        }
        var roots = new List<int>();
        for (var index = 0; index < units.Count; index++)
        {
            var parent = units[index].Parent;
            if (parent is null)
            {
                roots.Add(index);
            }
            else if (!parentOf.ContainsKey(parent))
            {
                yield return new SeedProblem(file.FileName, $"{file.ItemPath(index)}.parent", $"unknown org unit '{parent}' (not in {file.FileName})");
            }
            else if (Cycles.Find(units[index].Code, code => parentOf.GetValueOrDefault(code)) is { } cycle)
            {
                yield return new SeedProblem(file.FileName, $"{file.ItemPath(index)}.parent", $"the org units form a cycle: {cycle}");
            }
            else if (position[parent] > index)
            {
                yield return new SeedProblem(file.FileName, $"{file.ItemPath(index)}.parent",
                    $"the parent '{parent}' is listed after this unit (at {file.ItemPath(position[parent])}); list parents first");
            }
        }
        if (units.Count > 0 && roots.Count != 1)
        {
            var where = roots.Count == 0 ? "none has parent null" : $"{string.Join(", ", roots.Select(file.ItemPath))} have parent null";
            yield return new SeedProblem(file.FileName, $"$.{file.CollectionProperty}", $"the org units must form one tree with exactly one root; {where}");
        }
    }
}
