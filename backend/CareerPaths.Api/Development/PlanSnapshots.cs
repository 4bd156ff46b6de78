using CareerPaths.Api.Audit;
using CareerPaths.Api.Data.Conventions;
using CareerPaths.Api.Data.Development;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Development;

/// <summary>What the audit log keeps of a plan and of a step: codes rather than keys, so entries read on their own.</summary>
internal static class PlanSnapshots
{
    /// <summary>The plan as the database holds it within the change's transaction (saved changes included).</summary>
    public static async Task<object> PlanAsync(AuditedChange change, int planId)
    {
        var plan = await change.Db.DevelopmentPlans.AsNoTracking()
            .Where(p => p.Id == planId)
            .Select(p => new { p.Id, p.EmployeeId, TargetRole = p.TargetRole.Code, p.Status })
            .SingleAsync(change.CancellationToken);
        var actions = await change.Db.DevelopmentActions.AsNoTracking()
            .Where(action => action.DevelopmentPlanId == planId)
            .OrderBy(action => action.Position)
            .Select(action => new { action.Id, action.Position, action.Kind, action.Title, Offering = action.LearningOffering!.Code, Certification = action.Certification!.Code, action.DueOn, action.Status })
            .ToListAsync(change.CancellationToken);
        return new
        {
            planId = plan.Id,
            plan.EmployeeId,
            targetRole = plan.TargetRole,
            status = EnumText<DevelopmentPlanStatus>.ToText(plan.Status),
            actions = actions.Select(a => new
            {
                actionId = a.Id, a.Position, kind = EnumText<DevelopmentActionKind>.ToText(a.Kind), a.Title, a.Offering, a.Certification, a.DueOn,
                status = EnumText<DevelopmentActionStatus>.ToText(a.Status),
            }),
        };
    }
}
