using CareerPaths.Api.Seeding.Catalogue;
using CareerPaths.Api.Seeding.Reading;

namespace CareerPaths.Api.Seeding.Validation;

/// <summary>People: unique numbers, e-mails and identities; known units, roles, skills, certifications and managers; no manager cycles.</summary>
internal static class PeopleChecks
{
    public static IEnumerable<SeedProblem> Check(SeedCatalogue catalogue, KnownCodes known)
    {
        var file = SeedFile.People;
        var people = catalogue.People;
        var duplicates = Duplicates.In(file, people, person => person.EmployeeNumber, "employeeNumber")
            // E-mail addresses are compared as people read them: Ada@x and ada@x are one mailbox.
            .Concat(Duplicates.In(file, people, person => person.Email, "email", StringComparer.OrdinalIgnoreCase))
            .Concat(Duplicates.In(file, people, person => person.IdentityObjectId.ToString(), "identityObjectId"));
        foreach (var problem in duplicates)
        {
            yield return problem;
        }
        var managerOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            managerOf.TryAdd(person.EmployeeNumber, person.Manager);
        }
        for (var index = 0; index < people.Count; index++)
        {
            foreach (var problem in CheckPerson(file, index, people[index], known, managerOf))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<SeedProblem> CheckPerson(SeedFile file, int index, PersonSeed person, KnownCodes known,
        Dictionary<string, string?> managerOf)
    {
        var path = file.ItemPath(index);
        var references = new List<SeedProblem?>
        {
            known.OrgUnit(file, $"{path}.orgUnit", person.OrgUnit),
            known.Role(file, $"{path}.currentRole", person.CurrentRole),
        };
        references.AddRange(person.Goals.Select((goal, item) => known.Role(file, $"{path}.goals[{item}]", goal)));
        references.AddRange(person.Skills.Select((evidence, item) => known.Skill(file, $"{path}.skills[{item}].skill", evidence.Skill)));
        references.AddRange(person.Certifications.Select((held, item) =>
            known.Certification(file, $"{path}.certifications[{item}].certification", held.Certification)));
        foreach (var problem in references.OfType<SeedProblem>())
        {
            yield return problem;
        }
        for (var item = 0; item < person.Certifications.Count; item++)
        {
            var held = person.Certifications[item];
            if (held.Expires < held.Earned)
            {
                yield return new SeedProblem(file.FileName, $"{path}.certifications[{item}].expires",
                    $"expires ({held.Expires:yyyy-MM-dd}) before it was earned ({held.Earned:yyyy-MM-dd})");
            }
        }
        if (person.Manager is not { } manager)
        {
            yield break;
        }
        if (manager == person.EmployeeNumber)
        {
            yield return new SeedProblem(file.FileName, $"{path}.manager", $"'{manager}' cannot be their own manager");
        }
        else if (!managerOf.ContainsKey(manager))
        {
            yield return new SeedProblem(file.FileName, $"{path}.manager", $"unknown manager '{manager}' (no person with that employeeNumber)");
        }
        else if (Cycles.Find(person.EmployeeNumber, number => managerOf.GetValueOrDefault(number)) is { } cycle)
        {
            yield return new SeedProblem(file.FileName, $"{path}.manager", $"the managers form a cycle: {cycle}");
        }
    }
}
