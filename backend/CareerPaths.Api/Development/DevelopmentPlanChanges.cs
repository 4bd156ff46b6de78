using CareerPaths.Api.Audit;
using CareerPaths.Api.Data.Development;
using CareerPaths.Api.Data.Roles;
using CareerPaths.Api.Employees;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Development;

/// <summary>
/// createDevelopmentPlan and archiveDevelopmentPlan. A plan is changed by its owner only: managers and HR see it
/// (through the employee scope) but do not edit it, so it stays the person's own plan.
/// </summary>
internal static class DevelopmentPlanChanges
{
    public const string PlanTypeName = "DevelopmentPlan";

    public static async Task<object> CreateDevelopmentPlanAsync(IResolverContext context, CreateDevelopmentPlanInput input)
    {
        await using var change = await AuditedChange.BeginAsync(context);
        var roleId = await change.Db.RoleProfiles
            .Where(role => role.Code == input.TargetRole && role.Versions.Any(version => version.Status == RoleVersionStatus.Published))
            .Select(role => (int?)role.Id)
            .SingleOrDefaultAsync(change.CancellationToken);
        if (roleId is null)
        {
            return Payload<DevelopmentPlanRecord>.Failure(new UnknownRoleError("targetRole", input.TargetRole));
        }

        var employeeId = change.EmployeeId;
        var active = await change.Db.DevelopmentPlans
            .Where(plan => plan.EmployeeId == employeeId && plan.TargetRoleId == roleId && plan.Status == DevelopmentPlanStatus.Active)
            .Select(plan => (int?)plan.Id)
            .FirstOrDefaultAsync(change.CancellationToken);
        if (active is { } activeId)
        {
            return Payload<DevelopmentPlanRecord>.Failure(new ActivePlanExistsError(input.TargetRole, GlobalId.Encode(PlanTypeName, activeId)));
        }

        var plan = new DevelopmentPlan
        {
            EmployeeId = employeeId, TargetRoleId = roleId.Value, Status = DevelopmentPlanStatus.Active, CreatedAt = change.Now, UpdatedAt = change.Now,
        };
        change.Db.DevelopmentPlans.Add(plan);
        await change.SaveAsync();
        change.Audit(AuditedEntities.DevelopmentPlan, plan.Id, "create-plan", null, await PlanSnapshots.PlanAsync(change, plan.Id));
        await change.CommitAsync();
        return Payload<DevelopmentPlanRecord>.Success(await ReadAsync(change, plan.Id));
    }

    public static async Task<object> ArchiveDevelopmentPlanAsync(IResolverContext context, ArchiveDevelopmentPlanInput input)
    {
        await using var change = await AuditedChange.BeginAsync(context);
        var plan = await OwnPlanAsync(change, input.PlanId);
        if (plan is null)
        {
            return Payload<DevelopmentPlanRecord>.Failure(new NotFoundError("planId", input.PlanId));
        }

        if (plan.Status != DevelopmentPlanStatus.Active)
        {
            return Payload<DevelopmentPlanRecord>.Failure(new PlanNotActiveError(input.PlanId, plan.Status));
        }

        var before = await PlanSnapshots.PlanAsync(change, plan.Id);
        plan.Status = input.Completed ? DevelopmentPlanStatus.Completed : DevelopmentPlanStatus.Abandoned;
        plan.UpdatedAt = change.Now;
        await change.SaveAsync();
        change.Audit(AuditedEntities.DevelopmentPlan, plan.Id, "archive-plan", before, await PlanSnapshots.PlanAsync(change, plan.Id));
        await change.CommitAsync();
        return Payload<DevelopmentPlanRecord>.Success(await ReadAsync(change, plan.Id));
    }

    /// <summary>The viewer's own plan with this global id (tracked), or null.</summary>
    public static async Task<DevelopmentPlan?> OwnPlanAsync(AuditedChange change, string planId)
    {
        var employeeId = change.EmployeeId;
        return GlobalIds.TryParse(planId, PlanTypeName, out var id)
            ? await change.Db.DevelopmentPlans.SingleOrDefaultAsync(plan => plan.Id == id && plan.EmployeeId == employeeId, change.CancellationToken)
            : null;
    }

    public static Task<DevelopmentPlanRecord> ReadAsync(AuditedChange change, int planId) => change.Db.DevelopmentPlans.AsNoTracking()
        .Where(plan => plan.Id == planId)
        .Select(DevelopmentPlanRecord.Projection)
        .SingleAsync(change.CancellationToken);
}
