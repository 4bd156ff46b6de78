using CareerPaths.Api.Data.Learning;
using CareerPaths.Api.Data.SegregationOfDuties;
using CareerPaths.Api.Seeding.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Seeding.Writing;

internal static class LearningAndRuleWriter
{
    public static async Task<int> AddMissingOfferingsAsync(SeedWriteContext context, IReadOnlyList<LearningOfferingSeed> seeds, CancellationToken cancellationToken)
    {
        var existing = await context.Db.LearningOfferings.Select(offering => offering.Code).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
        var added = 0;
        foreach (var seed in seeds.Where(seed => !existing.Contains(seed.Code)))
        {
            var offering = new LearningOffering
            {
                Code = seed.Code,
                Title = seed.Title,
                Kind = seed.Kind,
                Provider = seed.Provider,
                Format = seed.Format,
                Hours = seed.Hours,
                CostAmount = seed.Cost.Amount,
                CostCurrency = seed.Cost.Currency,
                Capacity = seed.Capacity,
            };
            if (seed.Certification is { } certificationCode)
            {
                context.Certifications.Link(certificationCode, id => offering.CertificationId = id, certification => offering.Certification = certification);
            }
            foreach (var coverage in seed.Covers)
            {
                var covered = new LearningOfferingSkill { ToLevel = coverage.ToLevel };
                context.Skills.Link(coverage.Skill, id => covered.SkillId = id, skill => covered.Skill = skill);
                offering.Covers.Add(covered);
            }
            foreach (var session in seed.Sessions)
            {
                offering.Sessions.Add(new LearningSession { Code = session.Code, StartsOn = session.Starts, EndsOn = session.Ends });
            }
            context.Db.LearningOfferings.Add(offering);
            added++;
        }
        return added;
    }

    public static async Task<int> AddMissingRulesAsync(SeedWriteContext context, IReadOnlyList<SegregationRuleSeed> seeds, CancellationToken cancellationToken)
    {
        var existing = await context.Db.SegregationOfDutiesRules.Select(rule => rule.Code).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
        var added = 0;
        foreach (var seed in seeds.Where(seed => !existing.Contains(seed.Code)))
        {
            var rule = new SegregationOfDutiesRule
            {
                Code = seed.Code,
                FirstFamily = seed.First.Family,
                SecondFamily = seed.Second.Family,
                Reason = seed.Reason,
                Source = seed.Source,
            };
            if (seed.First.Role is { } first)
            {
                context.Roles.Link(first, id => rule.FirstRoleId = id, role => rule.FirstRole = role);
            }
            if (seed.Second.Role is { } second)
            {
                context.Roles.Link(second, id => rule.SecondRoleId = id, role => rule.SecondRole = role);
            }
            context.Db.SegregationOfDutiesRules.Add(rule);
            added++;
        }
        return added;
    }
}
