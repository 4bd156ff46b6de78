using CareerPaths.Api.Tests.Infrastructure;
using CareerPaths.Matching;
using CareerPaths.Matching.Cohorts;
using CareerPaths.Matching.HeatMap;
using Microsoft.EntityFrameworkCore;
using static CareerPaths.Api.Tests.Matching.Support.ComparisonShapes;

namespace CareerPaths.Api.Tests.Cohorts;

/// <summary>
/// The selection the tests send for a cohort proposal, and the same shape built from the library's plan: session
/// codes and names from the database, each member's gaps from the library's own learners (<c>CohortLearners</c>).
/// </summary>
public static class CohortShapes
{
    public const string Plan = """
        totalCost currency budget weightedGapClosed gapClosedPerCost
        cohorts { offering { id } session { code } cost
          members { employeeId name weightedGapClosed gaps { skill { id } requiredLevel currentLevel toLevel } } }
        """;

    public static async Task<object> OfAsync(CohortPlan plan, Matcher reference, GapScope scope, TestDatabase database)
    {
        await using var db = database.CreateContext();
        var sessions = await db.LearningSessions.ToDictionaryAsync(s => s.Id, s => s.Code);
        var names = await db.Employees.ToDictionaryAsync(e => e.Id, e => e.Name);
        var learners = reference.CohortLearners(scope).ToDictionary(l => l.PersonId);
        var offerings = reference.Catalogue.Data.Offerings.ToDictionary(o => o.Id);
        return new
        {
            totalCost = plan.TotalCost,
            currency = "EUR",
            budget = plan.Budget,
            weightedGapClosed = plan.WeightedGapClosed,
            gapClosedPerCost = double.IsFinite(plan.GapClosedPerCost) ? plan.GapClosedPerCost : (double?)null,
            cohorts = plan.Cohorts.Select(cohort => new
            {
                offering = Ref("LearningOffering", cohort.OfferingId),
                session = new { code = sessions[cohort.SessionId] },
                cost = cohort.Cost,
                members = cohort.Members.Select(member => new
                {
                    employeeId = Id("Employee", member.PersonId),
                    name = names[member.PersonId],
                    weightedGapClosed = member.WeightedGapClosed,
                    gaps = learners[member.PersonId].Gaps.Where(gap => member.SkillIds.Contains(gap.SkillId)).Select(gap => new
                    {
                        skill = Ref("Skill", gap.SkillId),
                        requiredLevel = gap.RequiredLevel,
                        currentLevel = gap.CurrentLevel,
                        toLevel = offerings[cohort.OfferingId].Raises.Where(r => r.SkillId == gap.SkillId).Max(r => r.Level),
                    }),
                }),
            }),
        };
    }
}
