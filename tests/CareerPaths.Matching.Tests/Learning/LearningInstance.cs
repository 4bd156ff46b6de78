using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Learning;
using CareerPaths.Matching.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace CareerPaths.Matching.Tests.Learning;

/// <summary>A random small learning-plan instance: needs on a few skills, offerings raising some of them to random levels.</summary>
internal sealed record LearningInstance(
    IReadOnlyList<SkillNeed> Skills,
    IReadOnlyList<CertificationNeed> Certifications,
    IReadOnlyList<LearningOffering> Offerings,
    Dictionary<int, Certification> Catalogue)
{
    public static Gen<LearningInstance> Generator { get; } =
        from offerings in Gen.Choose(1, 12)
        from needs in Gen.Choose(1, 8)
        from seed in Properties.Seeds
        select Create(seed, offerings, needs);

    /// <summary>The same <paramref name="count"/> instances on every run (for measured ratios).</summary>
    public static IEnumerable<LearningInstance> Fixed(int count)
    {
        var random = new Random((int)Properties.Seed);
        for (var i = 0; i < count; i++)
        {
            yield return Create(random.Next(), random.Next(1, 13), random.Next(1, 9));
        }
    }

    public static LearningInstance Create(int seed, int offeringCount, int needCount)
    {
        var random = new Random(seed);
        var skills = Enumerable.Range(1, needCount).Select(s => new SkillNeed(s, random.Next(2, 8), random.Next(0, 2))).ToList();
        var certs = Enumerable.Range(0, random.Next(0, 3))
            .Select(i => new CertificationNeed(new[] { 100 + 2 * i, 101 + 2 * i }[..random.Next(1, 3)])).ToList();
        var catalogue = Enumerable.Range(100, 6).ToDictionary(id => id, id => new Certification(id, [], 3, random.Next(20, 120)));
        var offerings = Enumerable.Range(1, offeringCount).Select(id =>
        {
            var raises = Enumerable.Range(1, needCount).Where(_ => random.Next(3) == 0)
                .Select(s => new SkillLevel(s, random.Next(2, 8))).ToList();
            var prepares = random.Next(4) == 0 ? 100 + random.Next(6) : (int?)null;
            var hours = random.Next(1, 5) * 8 * Math.Max(1, raises.Count);
            return new LearningOffering(id, hours, random.Next(0, 20) * 100, 0, 10, raises, prepares, []);
        }).ToList();
        return new LearningInstance(skills, certs, offerings, catalogue);
    }

    public LearningPlan Plan(LearningObjective objective, MatchingOptions? options = null) =>
        LearningPlanner.Plan(Skills, Certifications, Offerings, Catalogue, objective, options ?? MatchingOptions.Default);
}
