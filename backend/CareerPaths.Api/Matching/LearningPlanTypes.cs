using CareerPaths.Api.Certifications;
using CareerPaths.Api.Identity;
using CareerPaths.Api.Learning;
using CareerPaths.Api.Skills;
using CareerPaths.GraphQL.Types;
using CareerPaths.Matching.Learning;

namespace CareerPaths.Api.Matching;

/// <summary>A learning plan as the API answers it: the matcher's plan, the objective it minimised, the currency of its costs.</summary>
public sealed record LearningPlanAnswer(LearningPlan Plan, LearningObjective Objective, string? Currency);

/// <summary>LearningPlan and its parts (bound to the matcher's records), and the LearningObjective enum.</summary>
internal static class LearningPlanTypes
{
    public static SchemaBuilder AddLearningPlanTypes(this SchemaBuilder builder) => builder
        .Enum<LearningObjective>("LearningObjective", e => e.Description("What a learning plan minimises: hours of the person's time, or money."))
        .Object<LearningPlanAnswer>("LearningPlan", t =>
        {
            t.Description("The cheapest set of offerings closing a person's gaps for a role (every gap and missing required certification), and what no offering closes.");
            t.Authorize(Policies.Employee);
            t.Field(a => a.Objective);
            t.Field("offerings", a => a.Plan.Offerings).Type("[PlannedOffering!]!");
            t.Field("uncoveredSkills", a => a.Plan.UncoveredSkills).Type("[SkillNeed!]!").Description("Gaps no offering reaches: self-study at 80 hours a level.");
            t.Field("uncoveredCertifications", a => a.Plan.UncoveredCertifications).Type("[UncoveredCertification!]!")
                .Description("Missing certifications no offering prepares for: self-study at the cheapest one's preparation hours.");
            t.Field("offeringHours", a => a.Plan.OfferingHours);
            t.Field("offeringCost", a => a.Currency == null ? null : new MoneyRecord(a.Plan.OfferingCost, a.Currency)).Type("Money")
                .Description("What the offerings cost per participant; null when the catalogue is priced in several currencies.");
            t.Field("selfStudyHours", a => a.Plan.SelfStudyHours);
            t.Field("totalHours", a => a.Plan.TotalHours).Description("Offering hours plus self-study.");
            t.Field("provedOptimal", a => a.Plan.ProvedOptimal).Description("True when the exact search finished; false when it settled for greedy + improvement.");
        })
        .Object<PlannedOffering>("PlannedOffering", t =>
        {
            t.Description("One offering of a plan and the needs it closes.");
            t.Authorize(Policies.Employee);
            t.Field("offering").Type("LearningOffering!").ResolveAsync(static (o, context) => context.LearningOfferingById().LoadAsync(o.OfferingId));
            t.Field(o => o.Hours);
            t.Field(o => o.Cost).Description("Per participant, in the catalogue's currency.");
            t.Field(o => o.ClosesSkills).Type("[SkillNeed!]!");
            t.Field("closesCertifications", o => o.ClosesCertifications.Select(need => new CertificationChoice(need.AnyOf)).ToList()).Type("[CertificationChoice!]!").Description("Missing certification groups it prepares for.");
        })
        .Object<SkillNeed>("SkillNeed", t =>
        {
            t.Description("A skill to bring from the current level up to the required one.");
            t.Authorize(Policies.Employee);
            t.Field("skill").Type("Skill!").ResolveAsync(static (n, context) => context.SkillById().LoadAsync(n.SkillId));
            t.Field(n => n.RequiredLevel);
            t.Field(n => n.CurrentLevel);
            t.Field(n => n.Gap);
        })
        .Object<UncoveredCertification>("UncoveredCertification", t =>
        {
            t.Description("A missing certification group no offering prepares for.");
            t.Authorize(Policies.Employee);
            t.Field("anyOf").Type("[Certification!]!").ResolveAsync(static (u, context) => context.CertificationById().LoadManyAsync(u.Need.AnyOf));
            t.Field("cheapest").Type("Certification!").Description("The group's certification with the fewest preparation hours.")
                .ResolveAsync(static (u, context) => context.CertificationById().LoadAsync(u.CheapestCertificationId));
            t.Field(u => u.PreparationHours);
        });
}
