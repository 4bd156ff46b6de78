using CareerPaths.Matching.Catalogue;

namespace CareerPaths.Matching.Benchmarks.Workload;

/// <summary>
/// Roles drawn from five families, each family favouring its own band of skills, with levels rising with tier;
/// certifications evidencing a few skills; offerings raising one to three skills, with sessions over a year.
/// </summary>
internal static class CatalogueGenerator
{
    private static readonly string[] Families = ["governance", "management", "information-systems", "security", "technical"];

    public static CatalogueData Generate(OrganisationShape shape, Random random)
    {
        var certifications = Enumerable.Range(1, shape.Certifications).Select(id => new Certification(
            id,
            [.. Distinct(random, shape.Skills, random.Next(1, 4)).Select(s => new SkillLevel(s, random.Next(3, 6)))],
            random.Next(3) == 0 ? null : 3,
            random.Next(40, 151))).ToList();
        var roles = Enumerable.Range(1, shape.Roles).Select(id => Role(id, shape, random)).ToList();
        var offerings = Enumerable.Range(1, shape.Offerings).Select(id => Offering(id, shape, random)).ToList();
        var transitions = roles.SelectMany(r => Enumerable.Range(0, random.Next(0, 3))
                .Select(_ => new CareerTransition(r.Id, random.Next(1, shape.Roles + 1), random.Next(1, 9) / 2.0)))
            .Where(t => t.FromRoleId != t.ToRoleId)
            .ToList();
        var rules = new List<SegregationOfDutiesRule>
        {
            new(1, DutySide.OfFamily("governance"), DutySide.OfFamily("management"), "no one marks their own homework"),
        };
        rules.AddRange(Enumerable.Range(2, Math.Max(1, shape.Roles / 50)).Select(id =>
            new SegregationOfDutiesRule(id, DutySide.Role(random.Next(1, shape.Roles + 1)), DutySide.Role(random.Next(1, shape.Roles + 1)), "audits what it manages")));
        return new CatalogueData(roles, certifications, offerings, transitions, rules);
    }

    private static RoleProfile Role(int id, OrganisationShape shape, Random random)
    {
        var family = random.Next(Families.Length);
        var tier = (RoleTier)random.Next(3);
        var count = random.Next(shape.MinRequirements, shape.MaxRequirements + 1);
        var band = shape.Skills / Families.Length;
        var skills = new SortedSet<int>();
        while (skills.Count < Math.Min(count, shape.Skills))
        {
            // Two in three requirements come from the family's band, the rest from anywhere.
            var skill = random.Next(3) < 2 && band > 0 ? 1 + family * band + random.Next(band) : random.Next(1, shape.Skills + 1);
            skills.Add(skill);
        }
        var requirements = skills.Select(s => new RoleRequirement(
            s, Math.Clamp(2 + (int)tier + random.Next(-1, 3), 1, 7), random.Next(1, 6), random.Next(2) == 0)).ToList();
        var certs = new List<CertificationRequirement>();
        if (shape.Certifications > 0 && random.Next(10) < 3)
        {
            certs.Add(new CertificationRequirement([.. Distinct(random, shape.Certifications, random.Next(1, 3))], Required: true));
        }
        if (shape.Certifications > 0 && random.Next(10) < 3)
        {
            certs.Add(new CertificationRequirement([random.Next(1, shape.Certifications + 1)], Required: false));
        }
        return new RoleProfile(id, Families[family], tier, requirements, certs);
    }

    private static LearningOffering Offering(int id, OrganisationShape shape, Random random)
    {
        var raises = Distinct(random, shape.Skills, random.Next(1, 4)).Select(s => new SkillLevel(s, random.Next(2, 8))).ToList();
        var sessions = Enumerable.Range(0, random.Next(1, 4)).Select(i =>
        {
            var starts = SyntheticOrganisation.Today.AddDays(random.Next(0, 365));
            return new OfferingSession(id * 10 + i, starts, starts.AddDays(random.Next(0, 30)));
        }).ToList();
        var prepares = shape.Certifications > 0 && random.Next(5) == 0 ? random.Next(1, shape.Certifications + 1) : (int?)null;
        return new LearningOffering(id, random.Next(8, 81), random.Next(200, 3001), random.Next(2) == 0 ? 0 : random.Next(1000, 5001),
            random.Next(8, 26), raises, prepares, sessions);
    }

    internal static int[] Distinct(Random random, int upTo, int count)
    {
        var picked = new SortedSet<int>();
        while (picked.Count < Math.Min(count, upTo)) picked.Add(random.Next(1, upTo + 1));
        return [.. picked];
    }
}
