using CareerPaths.Api.Certifications;
using CareerPaths.Api.Identity;
using CareerPaths.Api.Learning;
using CareerPaths.Api.Roles;
using CareerPaths.Api.Skills;
using CareerPaths.GraphQL.Types;
using CareerPaths.Matching.Paths;

namespace CareerPaths.Api.Matching;

/// <summary>Certifications any one of which satisfies a requirement (a required group, by certification id).</summary>
public sealed record CertificationChoice(IReadOnlyList<int> AnyOf);

/// <summary>DevelopmentPath, PathStep and what a step explains (bound to the matcher's records).</summary>
internal static class PathTypes
{
    public static SchemaBuilder AddPathTypes(this SchemaBuilder builder) => builder
        .Enum<EdgeKind>("PathEdge", e => e.Description("Why a step is on the career graph: a transition HR curated, or skill similarity."))
        .Object<DevelopmentPath>("DevelopmentPath", t =>
        {
            t.Description("A route from the person's current role (or skills) to the target role; skills gained at one step count for the next.");
            t.Authorize(Policies.Employee);
            t.Field(p => p.Steps).Type("[PathStep!]!");
            t.Field(p => p.TotalMonths).Description("Σ step months: the ranking key (then fewer steps, then role ids).");
            t.Field(p => p.TotalHours).Description("Σ learning hours, offerings and self-study.");
            t.Field(p => p.BreaksSegregationOfDuties).Description("Some step's role must not be held together with a role the person would hold at that time.");
        })
        .Object<PathStep>("PathStep", t =>
        {
            t.Description("Moving into one role: what it closes, with which learning, how long it takes, and what it conflicts with.");
            t.Authorize(Policies.Employee);
            t.Field("from").Type("Role").Description("The role the step starts from; null for a first step from the person's skills alone.")
                .ResolveAsync(static (s, context) => s.FromRoleId is { } id ? context.PublishedRoleById().LoadAsync(id) : Task.FromResult<RoleRecord?>(null));
            t.Field("role").Type("Role!").ResolveAsync(static (s, context) => context.PublishedRoleById().LoadAsync(s.RoleId));
            t.Field(s => s.Edge);
            t.Field(s => s.TypicalYears).Description("HR's typical years for a curated transition.");
            t.Field(s => s.ClosesSkills).Type("[StepSkillGap!]!").Description("Skills raised at this step, from the level carried into it.");
            t.Field("certificationsToEarn", s => s.EarnsCertificationFrom.Select(anyOf => new CertificationChoice(anyOf)).ToList()).Type("[CertificationChoice!]!")
                .Description("Required certification groups to satisfy at this step (any one certification of each).");
            t.Field("offerings").Type("[LearningOffering!]!").Description("The learning chosen (fewest hours).")
                .ResolveAsync(static (s, context) => context.LearningOfferingById().LoadManyAsync(s.OfferingIds));
            t.Field(s => s.OfferingHours);
            t.Field(s => s.SelfStudyHours).Description("What no offering reaches (80 hours a level) and certification preparation.");
            t.Field(s => s.Months).Description("max(learning hours ÷ 16 a month, typical years × 12).");
            t.Field("segregationConflicts", s => s.Conflicts).Type("[SegregationConflict!]!")
                .Description("Roles this step's role must not be held together with (the role handed over, or the one held now).");
        })
        .Object<StepSkillGap>("StepSkillGap", t =>
        {
            t.Description("A skill raised at a step.");
            t.Authorize(Policies.Employee);
            t.Field("skill").Type("Skill!").ResolveAsync(static (g, context) => context.SkillById().LoadAsync(g.SkillId));
            t.Field(g => g.From).Description("The level carried into the step.");
            t.Field(g => g.To).Description("The role's required level.");
            t.Field(g => g.Essential);
        })
        .Object<CertificationChoice>("CertificationChoice", t =>
        {
            t.Description("Certifications any one of which satisfies a requirement.");
            t.Authorize(Policies.Employee);
            t.Field("anyOf").Type("[Certification!]!").ResolveAsync(static (choice, context) => context.CertificationById().LoadManyAsync(choice.AnyOf));
        })
        .Object<SegregationConflict>("SegregationConflict", t =>
        {
            t.Description("A segregation-of-duties rule the step breaks: its role and another must not be held by one person.");
            t.Authorize(Policies.Employee);
            t.Field("with").Type("Role!").ResolveAsync(static (c, context) => context.PublishedRoleById().LoadAsync(c.WithRoleId));
            t.Field(c => c.Reason);
        });
}
