using CareerPaths.Matching.Evidence;
using CareerPaths.Matching.Model;
using CareerPaths.Matching.People;
using CareerPaths.Matching.Tests.Support;

namespace CareerPaths.Matching.Tests.Evidence;

public class PackedLevelsTests
{
    /// <summary>
    /// The workforce packs levels without building the explained records; on evidence of every kind — all sources,
    /// certification evidence naming a certification or not, expired, future and unknown certifications, future and
    /// stale dates, levels outside 0–7, skills the catalogue does not know — it stores exactly the level and stale
    /// flag <see cref="EffectiveLevels.Compute"/> gives, and 0 for skills without counted evidence.
    /// </summary>
    [Fact]
    public void The_workforce_stores_the_level_and_staleness_of_the_explained_effective_levels()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            var random = new Random(seed);
            var today = world.Organisation.ReferenceDate;
            var skills = world.Catalogue.Skills.Ids.Append(9_999).ToArray();
            var certificationIds = world.Data.Certifications.Select(c => c.Id).Append(8_888).ToArray();
            DateOnly Around() => today.AddDays(random.Next(-5 * 365, 30));
            var people = world.People.Select(p => p with
            {
                Evidence = [.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => new SkillEvidence(
                    skills[random.Next(skills.Length)], random.Next(-1, 9), (EvidenceSource)random.Next(4), Around(),
                    random.Next(3) == 0 ? certificationIds[random.Next(certificationIds.Length)] : null))],
                Certifications = [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ =>
                {
                    var earned = Around();
                    return new HeldCertification(certificationIds[random.Next(certificationIds.Length)], earned,
                        random.Next(3) == 0 ? earned.AddDays(random.Next(0, 1_000)) : null);
                })],
            }).ToList();
            var workforce = Workforce.Build(world.Catalogue, people, world.Organisation.OrgUnits, today);
            var certifications = world.Data.Certifications.ToDictionary(c => c.Id);
            return people.All(person =>
            {
                var index = workforce.IndexOf(person.Id);
                var expected = EffectiveLevels.Compute(person, certifications, today, world.Options).ToDictionary(l => l.SkillId);
                return world.Catalogue.Skills.Ids.Select((skill, column) =>
                    workforce.Levels[column * workforce.Count + index] == (expected.TryGetValue(skill, out var level)
                        ? (byte)(level.Level | (level.IsStale ? Workforce.StaleBit : 0))
                        : 0)).All(same => same);
            });
        }, runs: 200);
    }
}
