using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Model;
using CareerPaths.Matching.People;

namespace CareerPaths.Matching.Tests.Paths;

/// <summary>Hand-made catalogues for what the properties cannot see: flags, carried skills, explanations.</summary>
public class PathStepsTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    // technician (1) → IT manager (2) → head of IT (3); the auditor (4) may not follow the manager.
    private static readonly CatalogueData Catalogue = new(
        Roles:
        [
            new RoleProfile(1, "technical", RoleTier.Operational, [new RoleRequirement(1, 3, 3, true)], []),
            new RoleProfile(2, "management", RoleTier.Tactical, [new RoleRequirement(1, 3, 3, true), new RoleRequirement(2, 4, 4, true)], []),
            new RoleProfile(3, "management", RoleTier.Strategic, [new RoleRequirement(2, 4, 4, true), new RoleRequirement(3, 5, 5, true)],
                [new CertificationRequirement([7, 8], Required: true)]),
            new RoleProfile(4, "governance", RoleTier.Tactical, [new RoleRequirement(2, 4, 4, true)], []),
        ],
        Certifications: [new Certification(7, [], 3, 100), new Certification(8, [], 3, 60)],
        Offerings:
        [
            new LearningOffering(1, 40, 1000, 0, 10, [new SkillLevel(2, 4)], null, []),
            new LearningOffering(2, 80, 2000, 0, 10, [new SkillLevel(3, 5)], null, []),
        ],
        Transitions: [new CareerTransition(1, 2, 2), new CareerTransition(2, 3, 3), new CareerTransition(2, 4, 1), new CareerTransition(4, 3, 1)],
        SegregationRules: [new SegregationOfDutiesRule(9, DutySide.Role(2), DutySide.Role(4), "the auditor must not audit the service they manage")]);

    private static Matcher MatcherFor(params SkillEvidence[] evidence)
    {
        var catalogue = MatchingCatalogue.Build(Catalogue, new MatchingOptions { SimilarityEdgesPerRole = 0 });
        var person = new PersonProfile(1, null, 1, evidence, [], []);
        return new Matcher(Workforce.Build(catalogue, [person], [], Today));
    }

    [Fact]
    public void Skills_gained_at_one_step_count_for_the_next_and_each_step_says_what_it_closes()
    {
        var paths = MatcherFor(new SkillEvidence(1, 3, EvidenceSource.Manager, Today)).DevelopmentPaths(1, 3, first: 5);
        var direct = paths.First(p => p.Steps.Select(s => s.RoleId).SequenceEqual([2, 3]));
        Assert.Equal([2], direct.Steps[0].ClosesSkills.Select(g => g.SkillId));
        Assert.Equal([1], direct.Steps[0].OfferingIds);
        // Skill 2 was gained stepping into role 2, so stepping into role 3 only closes skill 3 and the certification.
        Assert.Equal([3], direct.Steps[1].ClosesSkills.Select(g => g.SkillId));
        Assert.Equal([2], direct.Steps[1].OfferingIds);
        Assert.Equal([7, 8], direct.Steps[1].EarnsCertificationFrom.Single());
        Assert.Equal(60, direct.Steps[1].SelfStudyHours); // no offering prepares for 7 or 8: the cheaper one's preparation hours
        Assert.Equal(Math.Max(40 / 16.0, 2 * 12) + Math.Max((80 + 60) / 16.0, 3 * 12), direct.TotalMonths);
    }

    [Fact]
    public void A_route_through_a_conflicting_role_is_flagged_not_dropped()
    {
        var paths = MatcherFor(new SkillEvidence(1, 3, EvidenceSource.Manager, Today)).DevelopmentPaths(1, 3, first: 5);
        var viaAuditor = paths.Single(p => p.Steps.Select(s => s.RoleId).SequenceEqual([2, 4, 3]));
        Assert.True(viaAuditor.BreaksSegregationOfDuties);
        Assert.Equal((9, 2), (viaAuditor.Steps[1].Conflicts.Single().RuleId, viaAuditor.Steps[1].Conflicts.Single().WithRoleId));
        Assert.False(paths.Single(p => p.Steps.Count == 2).BreaksSegregationOfDuties);
    }

    [Fact]
    public void The_cheaper_route_comes_first_even_when_flagged_and_a_step_limit_cuts_longer_routes()
    {
        var matcher = MatcherFor(new SkillEvidence(1, 3, EvidenceSource.Manager, Today));
        var paths = matcher.DevelopmentPaths(1, 3, first: 5);
        // Via the auditor: 24 + 12 + 12 months (typical years dominate); direct: 24 + 36.
        Assert.Equal([[2, 4, 3], [2, 3]], paths.Select(p => p.Steps.Select(s => s.RoleId).ToArray()));
        Assert.Equal([48.0, 60.0], paths.Select(p => p.TotalMonths));
        Assert.Single(matcher.DevelopmentPaths(1, 3, first: 5, maxSteps: 2));
        Assert.Empty(matcher.DevelopmentPaths(1, 3, first: 5, maxSteps: 1));
    }
}
