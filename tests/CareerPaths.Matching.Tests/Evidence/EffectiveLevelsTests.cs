using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Evidence;
using CareerPaths.Matching.People;
using CareerPaths.Matching.Tests.Support;
using FsCheck.Fluent;

namespace CareerPaths.Matching.Tests.Evidence;

public class EffectiveLevelsTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private static readonly Dictionary<int, Certification> Certifications = new()
    {
        [10] = new Certification(10, [new SkillLevel(1, 5)], ValidityYears: 3, PreparationHours: 100),
        [11] = new Certification(11, [new SkillLevel(2, 4)], ValidityYears: null, PreparationHours: 60),
    };

    private static PersonProfile Person(IReadOnlyList<SkillEvidence> evidence, IReadOnlyList<HeldCertification>? held = null) =>
        new(1, null, null, evidence, held ?? [], []);

    private static EffectiveLevel? LevelOf(PersonProfile person, int skill) =>
        EffectiveLevels.Compute(person, Certifications, Today, MatchingOptions.Default).SingleOrDefault(l => l.SkillId == skill);

    [Fact]
    public void A_manager_verified_level_outranks_a_higher_self_assessment()
    {
        var level = LevelOf(Person([new(1, 6, EvidenceSource.Self, Today), new(1, 3, EvidenceSource.Manager, Today)]), 1);
        Assert.Equal(3, level!.Level);
        Assert.Equal(EvidenceSource.Manager, level.Source);
    }

    [Fact]
    public void The_highest_verified_level_wins_when_several_are_verified()
    {
        var level = LevelOf(Person([new(1, 2, EvidenceSource.Manager, Today), new(1, 4, EvidenceSource.Assessment, Today.AddDays(-3)),
            new(1, 7, EvidenceSource.Self, Today)]), 1);
        Assert.Equal((4, EvidenceSource.Assessment), (level!.Level, level.Source));
    }

    [Fact]
    public void The_highest_self_assessment_counts_when_nothing_is_verified()
    {
        Assert.Equal(5, LevelOf(Person([new(1, 2, EvidenceSource.Self, Today), new(1, 5, EvidenceSource.Self, Today)]), 1)!.Level);
    }

    [Fact]
    public void A_certification_counts_from_the_day_it_is_earned_through_its_expiry_date()
    {
        var earned = Today.AddYears(-3); // valid 3 years: expires today, inclusive
        Assert.Equal(5, LevelOf(Person([], [new HeldCertification(10, earned, null)]), 1)!.Level);
        Assert.Null(LevelOf(Person([], [new HeldCertification(10, earned.AddDays(-1), null)]), 1));
        Assert.Null(LevelOf(Person([], [new HeldCertification(10, Today.AddDays(1), null)]), 1));
        Assert.Null(LevelOf(Person([], [new HeldCertification(11, Today.AddYears(-10), Today.AddDays(-1))]), 2));
        Assert.Equal(4, LevelOf(Person([], [new HeldCertification(11, Today.AddYears(-10), null)]), 2)!.Level);
    }

    [Fact]
    public void Certification_sourced_evidence_needs_a_valid_certification_behind_it()
    {
        var claimed = new SkillEvidence(1, 6, EvidenceSource.Certification, Today.AddYears(-4), CertificationId: 10);
        var unbacked = new SkillEvidence(2, 6, EvidenceSource.Certification, Today);
        var expired = Person([claimed, unbacked], [new HeldCertification(10, Today.AddYears(-4), null)]);
        Assert.Null(LevelOf(expired, 1));
        Assert.Null(LevelOf(expired, 2));
        var valid = Person([claimed with { AssessedOn = Today }, unbacked], [new HeldCertification(10, Today, null), new HeldCertification(11, Today, null)]);
        Assert.Equal((6, 10), (LevelOf(valid, 1)!.Level, LevelOf(valid, 1)!.CertificationId!.Value));
        Assert.Equal((6, 11), (LevelOf(valid, 2)!.Level, LevelOf(valid, 2)!.CertificationId!.Value));
    }

    [Fact]
    public void Evidence_older_than_the_window_is_marked_stale_and_still_counts()
    {
        var old = LevelOf(Person([new(1, 4, EvidenceSource.Manager, Today.AddMonths(-25))]), 1)!;
        Assert.Equal((4, true), (old.Level, old.IsStale));
        var fresh = LevelOf(Person([new(1, 4, EvidenceSource.Manager, Today.AddMonths(-24))]), 1)!;
        Assert.False(fresh.IsStale);
        var tie = LevelOf(Person([new(1, 4, EvidenceSource.Assessment, Today.AddMonths(-30)), new(1, 4, EvidenceSource.Manager, Today)]), 1)!;
        Assert.Equal((EvidenceSource.Manager, false), (tie.Source, tie.IsStale));
    }

    [Fact]
    public void Evidence_dated_after_the_reference_date_is_not_known_yet()
    {
        Assert.Null(LevelOf(Person([new(1, 4, EvidenceSource.Manager, Today.AddDays(1))]), 1));
    }

    [Fact]
    public void An_expired_certification_never_counts()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            var certifications = world.Data.Certifications.ToDictionary(c => c.Id);
            return world.People.All(person =>
            {
                // Expire every certification the day before the reference date: the result must be as if they were never held.
                var expired = person with { Certifications = [.. person.Certifications.Select(h => h with { Expires = Today.AddDays(-1) })] };
                var never = person with
                {
                    Certifications = [],
                    Evidence = [.. person.Evidence.Where(e => e.Source != EvidenceSource.Certification)],
                };
                var a = EffectiveLevels.Compute(expired, certifications, Today, world.Options);
                return a.SequenceEqual(EffectiveLevels.Compute(never, certifications, Today, world.Options))
                       && a.All(l => l.Source != EvidenceSource.Certification);
            });
        }, runs: 60);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_evidence()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            var certifications = world.Data.Certifications.ToDictionary(c => c.Id);
            var random = new Random(seed);
            return world.People.All(p =>
                EffectiveLevels.Compute(p, certifications, Today, world.Options).SequenceEqual(EffectiveLevels.Compute(
                    p with { Evidence = [.. p.Evidence.OrderBy(_ => random.Next())], Certifications = [.. p.Certifications.Reverse()] },
                    certifications, Today, world.Options)));
        }, runs: 60);
    }
}
