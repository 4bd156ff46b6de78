using CareerPaths.Api.Seeding.Catalogue;
using CareerPaths.Api.Seeding.Reading;

namespace CareerPaths.Api.Seeding.Validation;

internal static class SkillAndCertificationChecks
{
    public static IEnumerable<SeedProblem> Check(SeedCatalogue catalogue, KnownCodes known)
    {
        var skills = SeedFile.Skills;
        foreach (var problem in Duplicates.In(skills, catalogue.Skills, skill => skill.Code, "code")
                     .Concat(Duplicates.In(skills, catalogue.Skills, skill => skill.Name, "name")))
        {
            yield return problem;
        }

        var certifications = SeedFile.Certifications;
        foreach (var problem in Duplicates.In(certifications, catalogue.Certifications, certification => certification.Code, "code")
                     .Concat(Duplicates.In(certifications, catalogue.Certifications, certification => certification.Name, "name")))
        {
            yield return problem;
        }
        for (var index = 0; index < catalogue.Certifications.Count; index++)
        {
            var evidences = catalogue.Certifications[index].Evidences;
            var listPath = $"{certifications.ItemPath(index)}.evidences";
            for (var item = 0; item < evidences.Count; item++)
            {
                if (known.Skill(certifications, $"{listPath}[{item}].skill", evidences[item].Skill) is { } unknown)
                {
                    yield return unknown;
                }
            }
            foreach (var problem in Duplicates.Within(certifications, listPath, evidences, evidence => evidence.Skill, "skill", "the skill"))
            {
                yield return problem;
            }
        }
    }
}
