using CareerPaths.Api.Seeding.Catalogue;
using CareerPaths.Api.Seeding.Reading;

namespace CareerPaths.Api.Seeding.Validation;

/// <summary>Roles and the transitions between them.</summary>
internal static class RoleChecks
{
    public static IEnumerable<SeedProblem> Check(SeedCatalogue catalogue, KnownCodes known) =>
        CheckRoles(catalogue, known).Concat(CheckTransitions(catalogue, known));

    private static IEnumerable<SeedProblem> CheckRoles(SeedCatalogue catalogue, KnownCodes known)
    {
        var file = SeedFile.Roles;
        foreach (var problem in Duplicates.In(file, catalogue.Roles, role => role.Code, "code")
                     .Concat(Duplicates.In(file, catalogue.Roles, role => role.Name, "name")))
        {
            yield return problem;
        }
        for (var index = 0; index < catalogue.Roles.Count; index++)
        {
            var role = catalogue.Roles[index];
            var requirementsPath = $"{file.ItemPath(index)}.requirements";
            for (var item = 0; item < role.Requirements.Count; item++)
            {
                if (known.Skill(file, $"{requirementsPath}[{item}].skill", role.Requirements[item].Skill) is { } unknown)
                {
                    yield return unknown;
                }
            }
            foreach (var problem in Duplicates.Within(file, requirementsPath, role.Requirements, requirement => requirement.Skill, "skill", "the skill"))
            {
                yield return problem;
            }
            foreach (var problem in CheckCertificationGroups(file, $"{file.ItemPath(index)}.certifications", role.Certifications, known))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<SeedProblem> CheckCertificationGroups(SeedFile file, string groupsPath,
        IReadOnlyList<CertificationGroupSeed> groups, KnownCodes known)
    {
        var firstGroup = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var group = 0; group < groups.Count; group++)
        {
            var options = groups[group].AnyOf;
            for (var option = 0; option < options.Count; option++)
            {
                var path = $"{groupsPath}[{group}].anyOf[{option}]";
                if (known.Certification(file, path, options[option]) is { } unknown)
                {
                    yield return unknown;
                }
                if (!firstGroup.TryAdd(options[option], group) && firstGroup[options[option]] != group)
                {
                    yield return new SeedProblem(file.FileName, path,
                        $"the certification '{options[option]}' is already in {groupsPath}[{firstGroup[options[option]]}]; list it in one group only");
                }
            }
        }
    }

    private static IEnumerable<SeedProblem> CheckTransitions(SeedCatalogue catalogue, KnownCodes known)
    {
        var file = SeedFile.Transitions;
        var firstIndex = new Dictionary<(string, string), int>();
        for (var index = 0; index < catalogue.Transitions.Count; index++)
        {
            var transition = catalogue.Transitions[index];
            var path = file.ItemPath(index);
            if (known.Role(file, $"{path}.from", transition.From) is { } unknownFrom)
            {
                yield return unknownFrom;
            }
            if (known.Role(file, $"{path}.to", transition.To) is { } unknownTo)
            {
                yield return unknownTo;
            }
            if (transition.From == transition.To)
            {
                yield return new SeedProblem(file.FileName, $"{path}.to", $"a transition from '{transition.From}' to itself is not a move");
            }
            if (!firstIndex.TryAdd((transition.From, transition.To), index))
            {
                yield return new SeedProblem(file.FileName, path,
                    $"the transition '{transition.From}' → '{transition.To}' is already at {file.ItemPath(firstIndex[(transition.From, transition.To)])}");
            }
        }
    }
}
