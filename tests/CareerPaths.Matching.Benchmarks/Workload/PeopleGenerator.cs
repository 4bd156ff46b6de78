using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.People;

namespace CareerPaths.Matching.Benchmarks.Workload;

/// <summary>
/// People mostly hold a role and have evidence around its requirements (a level or two either side, from every
/// kind of source, some of it old), a few other skills, sometimes a certification (some expired) and goals.
/// </summary>
internal static class PeopleGenerator
{
    public static List<PersonProfile> Generate(OrganisationShape shape, CatalogueData catalogue, Random random, DateOnly today)
    {
        var people = new List<PersonProfile>(shape.People);
        for (var id = 1; id <= shape.People; id++)
        {
            var role = random.Next(10) < 9 && catalogue.Roles.Count > 0 ? catalogue.Roles[random.Next(catalogue.Roles.Count)] : null;
            var evidence = new List<SkillEvidence>();
            foreach (var requirement in role?.Requirements ?? [])
            {
                evidence.Add(Evidence(random, requirement.SkillId, (int)requirement.Level + random.Next(-2, 2), today));
                if (random.Next(4) == 0)
                {
                    evidence.Add(Evidence(random, requirement.SkillId, (int)requirement.Level + random.Next(-2, 2), today));
                }
            }
            for (var extra = random.Next(2, 7); extra > 0; extra--)
            {
                evidence.Add(Evidence(random, random.Next(1, shape.Skills + 1), random.Next(1, 6), today));
            }
            var certifications = new List<HeldCertification>();
            for (var held = random.Next(-1, 3); held > 0 && catalogue.Certifications.Count > 0; held--)
            {
                var earned = today.AddDays(-random.Next(0, 6 * 365));
                certifications.Add(new HeldCertification(catalogue.Certifications[random.Next(catalogue.Certifications.Count)].Id, earned,
                    random.Next(3) == 0 ? earned.AddYears(2) : null));
            }
            var goals = Enumerable.Range(0, random.Next(0, 3)).Select(_ => catalogue.Roles[random.Next(catalogue.Roles.Count)].Id).Distinct().ToList();
            people.Add(new PersonProfile(id, random.Next(1, shape.OrgUnits + 1), role?.Id, evidence, certifications, goals));
        }
        return people;
    }

    private static SkillEvidence Evidence(Random random, int skill, int level, DateOnly today)
    {
        var source = (EvidenceSource)random.Next(3); // self, manager or assessment; certifications come from held ones
        return new SkillEvidence(skill, Math.Clamp(level, 0, 7), source, today.AddDays(-random.Next(0, 4 * 365)));
    }
}
