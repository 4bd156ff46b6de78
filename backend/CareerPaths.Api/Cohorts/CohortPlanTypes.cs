using CareerPaths.Api.Identity;
using CareerPaths.Api.Learning;
using CareerPaths.Api.Matching;
using CareerPaths.Api.Skills;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Cohorts;

/// <summary>
/// CohortPlan, ProposedCohort, ProposedCohortMember and CohortGap: a proposal as L&amp;D sees it — per member a name
/// and the gaps this cohort covers, nothing else of their profile.
/// </summary>
internal static class CohortPlanTypes
{
    public static SchemaBuilder AddCohortPlanTypes(this SchemaBuilder builder) => builder
        .Object<CohortPlanAnswer>("CohortPlan", t =>
        {
            t.Description("Proposed cohorts that close the most weighted gap within the budget; nobody in two overlapping sessions or where they have nothing to learn.");
            t.Authorize(Policies.LearningAndDevelopment);
            t.Field("cohorts", a => a.Plan.Cohorts.Select(cohort => new ProposedCohortAnswer(cohort, a)).ToList()).Type("[ProposedCohort!]!")
                .Description("By offering id, then session id.");
            t.Field("totalCost", a => a.Plan.TotalCost).Description("In `currency`.");
            t.Field(a => a.Currency).Description("The currency of every cost; null when the catalogue has no offerings.");
            t.Field("budget", a => a.Plan.Budget);
            t.Field("weightedGapClosed", a => a.Plan.WeightedGapClosed).Description("Σ over members of weight × levels closed.");
            t.Field("gapClosedPerCost", a => double.IsFinite(a.Plan.GapClosedPerCost) ? a.Plan.GapClosedPerCost : (double?)null)
                .Description("Weighted gap closed per unit of money; null when everything chosen is free.");
        })
        .Object<ProposedCohortAnswer>("ProposedCohort", t =>
        {
            t.Description("One session of one offering and the people proposed for it (at most its capacity).");
            t.Authorize(Policies.LearningAndDevelopment);
            t.Field("offering").Type("LearningOffering!").ResolveAsync(static (c, context) => context.LearningOfferingById().LoadAsync(c.Cohort.OfferingId));
            t.Field("session").Type("LearningSession!").Description("Its `code` names it in createCohorts.")
                .ResolveAsync(static (c, context) => context.SessionById().LoadAsync(c.Cohort.SessionId));
            t.Field("members", c => c.Cohort.Members.Select(member => new ProposedMemberAnswer(member, c.Answer.Snapshot.Offering(c.Cohort.OfferingId)!, c.Answer.Population)).ToList())
                .Type("[ProposedCohortMember!]!").Description("By employee id.");
            t.Field("cost", c => c.Cohort.Cost).Description("The session's cost plus a seat per member.");
        })
        .Object<ProposedMemberAnswer>("ProposedCohortMember", t =>
        {
            t.Description("A person proposed for a cohort: their name and the gaps the cohort covers for them.");
            t.Authorize(Policies.LearningAndDevelopment);
            t.Field("employeeId", m => MatchingIds.Encode(MatchingIds.Employee, m.Member.PersonId)).Type("ID!").Description("What createCohorts takes.");
            t.Field("name").Type("String!").ResolveAsync(static (m, context) => context.EmployeeNameById().LoadAsync(m.Member.PersonId));
            t.Field("weightedGapClosed", m => m.Member.WeightedGapClosed);
            t.Field("gaps", m => CoveredGaps(m)).Type("[CohortGap!]!").Description("The member's gaps on the skills this cohort raises, by skill id.");
        })
        .Object<CohortGap>("CohortGap", t =>
        {
            t.Description("A gap a cohort covers for a member.");
            t.Authorize(Policies.LearningAndDevelopment);
            t.Field("skill").Type("Skill!").ResolveAsync(static (g, context) => context.SkillById().LoadAsync(g.SkillId));
            t.Field(g => g.RequiredLevel);
            t.Field(g => g.CurrentLevel);
            t.Field(g => g.ToLevel).Description("The level the offering takes a participant to.");
        });

    private static List<CohortGap> CoveredGaps(ProposedMemberAnswer member)
    {
        var raises = member.Offering.Raises.ToLookup(raise => raise.SkillId, raise => raise.Level);
        return [.. member.Population.Gaps(member.Member.PersonId)
            .Where(gap => member.Member.SkillIds.Contains(gap.SkillId))
            .Select(gap => new CohortGap(gap.SkillId, gap.RequiredLevel, (int)gap.CurrentLevel, raises[gap.SkillId].DefaultIfEmpty(0).Max()))];
    }
}
