using CareerPaths.Api.Audit;
using CareerPaths.Api.Data.Development;
using CareerPaths.Api.Employees;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Development;

/// <summary>addDevelopmentAction, updateDevelopmentAction and removeDevelopmentAction, on the viewer's own active plans.</summary>
internal static class DevelopmentActionChanges
{
    public static async Task<object> AddDevelopmentActionAsync(IResolverContext context, AddDevelopmentActionInput input)
    {
        await using var change = await AuditedChange.BeginAsync(context);
        var plan = await DevelopmentPlanChanges.OwnPlanAsync(change, input.PlanId);
        if (plan is null)
        {
            return Payload<DevelopmentActionRecord>.Failure(new NotFoundError("planId", input.PlanId));
        }

        if (plan.Status != DevelopmentPlanStatus.Active)
        {
            return Payload<DevelopmentActionRecord>.Failure(new PlanNotActiveError(input.PlanId, plan.Status));
        }

        var (action, problems) = await ActionReferences.ResolveAsync(change, input);
        if (problems.Length > 0)
        {
            return Payload<DevelopmentActionRecord>.Failure(problems);
        }

        var before = await PlanSnapshots.PlanAsync(change, plan.Id);
        action.DevelopmentPlanId = plan.Id;
        action.Position = 1 + (await change.Db.DevelopmentActions.Where(a => a.DevelopmentPlanId == plan.Id)
            .MaxAsync(a => (int?)a.Position, change.CancellationToken) ?? 0);
        action.DueOn = input.DueOn;
        action.Status = DevelopmentActionStatus.Planned;
        change.Db.DevelopmentActions.Add(action);
        plan.UpdatedAt = change.Now;
        return Payload<DevelopmentActionRecord>.Success(await SaveAsync(change, "add-action", before, action));
    }

    public static async Task<object> UpdateDevelopmentActionAsync(IResolverContext context, UpdateDevelopmentActionInput input)
    {
        await using var change = await AuditedChange.BeginAsync(context);
        var (action, error) = await OwnActiveActionAsync(change, input.ActionId);
        if (error is not null)
        {
            return Payload<DevelopmentActionRecord>.Failure(error);
        }

        if (input.Status is null && input.DueOn is null)
        {
            return Payload<DevelopmentActionRecord>.Failure(new NothingToChangeError());
        }

        var before = await PlanSnapshots.PlanAsync(change, action!.DevelopmentPlanId);
        action.Status = input.Status ?? action.Status;
        action.DueOn = input.DueOn ?? action.DueOn;
        action.DevelopmentPlan.UpdatedAt = change.Now;
        return Payload<DevelopmentActionRecord>.Success(await SaveAsync(change, "update-action", before, action));
    }

    public static async Task<object> RemoveDevelopmentActionAsync(IResolverContext context, RemoveDevelopmentActionInput input)
    {
        await using var change = await AuditedChange.BeginAsync(context);
        var (action, error) = await OwnActiveActionAsync(change, input.ActionId);
        if (error is not null)
        {
            return Payload<DevelopmentPlanRecord>.Failure(error);
        }

        var planId = action!.DevelopmentPlanId;
        var before = await PlanSnapshots.PlanAsync(change, planId);
        change.Db.DevelopmentActions.Remove(action);
        action.DevelopmentPlan.UpdatedAt = change.Now;
        await change.SaveAsync();
        change.Audit(AuditedEntities.DevelopmentPlan, planId, "remove-action", before, await PlanSnapshots.PlanAsync(change, planId));
        await change.CommitAsync();
        return Payload<DevelopmentPlanRecord>.Success(await DevelopmentPlanChanges.ReadAsync(change, planId));
    }

    private static async Task<DevelopmentActionRecord> SaveAsync(AuditedChange change, string what, object before, DevelopmentAction action)
    {
        await change.SaveAsync();
        change.Audit(AuditedEntities.DevelopmentPlan, action.DevelopmentPlanId, what, before, await PlanSnapshots.PlanAsync(change, action.DevelopmentPlanId));
        await change.CommitAsync();
        return new DevelopmentActionRecord(action.Id, action.DevelopmentPlanId, action.Position, action.Kind, action.Title,
            action.LearningOfferingId, action.CertificationId, action.DueOn, action.Status);
    }

    private static async Task<(DevelopmentAction? Action, IDomainError? Error)> OwnActiveActionAsync(AuditedChange change, string actionId)
    {
        var employeeId = change.EmployeeId;
        var action = GlobalIds.TryParse(actionId, "DevelopmentAction", out var id)
            ? await change.Db.DevelopmentActions.Include(a => a.DevelopmentPlan)
                .SingleOrDefaultAsync(a => a.Id == id && a.DevelopmentPlan.EmployeeId == employeeId, change.CancellationToken)
            : null;
        if (action is null)
        {
            return (null, new NotFoundError("actionId", actionId));
        }

        return action.DevelopmentPlan.Status == DevelopmentPlanStatus.Active
            ? (action, null)
            : (null, new PlanNotActiveError(GlobalId.Encode(DevelopmentPlanChanges.PlanTypeName, action.DevelopmentPlanId), action.DevelopmentPlan.Status));
    }
}
