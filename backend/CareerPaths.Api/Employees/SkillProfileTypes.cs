using CareerPaths.Api.Certifications;
using CareerPaths.Api.Data.Employees;
using CareerPaths.Api.Identity;
using CareerPaths.Api.Roles;
using CareerPaths.Api.Skills;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Employees;

/// <summary>What a person's profile holds: SkillEvidence, HeldCertification, CareerGoal and the EvidenceSource enum.</summary>
internal static class SkillProfileTypes
{
    public static SchemaBuilder AddSkillProfileTypes(this SchemaBuilder builder) => builder
        .Enum<EvidenceSource>("EvidenceSource", e => e.Description("Who vouches for a skill level."))
        .Object<SkillEvidenceRecord>("SkillEvidence", t =>
        {
            t.Description("One statement that a person has a skill at a level, from one source, on one date. The matcher derives effective levels from all of them.");
            t.Authorize(Policies.Employee);
            t.Field("skill").Type("Skill!")
                .ResolveAsync(static (evidence, context) => context.SkillById().LoadAsync(evidence.SkillId));
            t.Field(evidence => evidence.Level).Description("0 (none) to 7 (set strategy, inspire).");
            t.Field(evidence => evidence.Source);
            t.Field(evidence => evidence.AssessedOn);
            t.Field(evidence => evidence.Note);
            t.Field("recordedBy").Type("Employee")
                .Description("Who recorded it; null for imports and seeds, or when the viewer may not see that person.")
                .ResolveAsync(static (evidence, context) => evidence.RecordedById is { } id
                    ? context.EmployeeById().LoadAsync(id) : Task.FromResult<EmployeeRecord?>(null)!);
        })
        .Object<HeldCertificationRecord>("HeldCertification", t =>
        {
            t.Description("A certification a person earned; an expired one no longer counts as evidence.");
            t.Authorize(Policies.Employee);
            t.AsNode(held => held.Id, static (context, id) => context.HeldCertificationById().LoadAsync(id));
            t.Field("certification").Type("Certification!")
                .ResolveAsync(static (held, context) => context.CertificationById().LoadAsync(held.CertificationId));
            t.Field(held => held.EarnedOn);
            t.Field(held => held.ExpiresOn).Description("Null when it does not expire.");
            t.Field("isValid").Type("Boolean!")
                .Description("Whether it was earned and not yet expired on the date (the expiry day still counts).")
                .Argument("on", "Date", "The date to check; today (UTC) when absent.")
                .Resolve(static (held, context) => held.IsValidOn(context.HasArgument("on") && context.Argument<DateOnly?>("on") is { } on
                    ? on : DateOnly.FromDateTime(context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime)));
        })
        .Object<CareerGoalRecord>("CareerGoal", t =>
        {
            t.Description("A role a person wants to grow into.");
            t.Authorize(Policies.Employee);
            t.Field(goal => goal.Priority).Description("1 is the goal the person cares about most.");
            t.Field("targetRole").Type("Role")
                .Description("The role aimed at; null while it has no published version.")
                .ResolveAsync(static (goal, context) => context.PublishedRoleById().LoadAsync(goal.TargetRoleId));
        });
}
