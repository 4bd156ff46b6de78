using CareerPaths.Api.Data.Development;
using CareerPaths.Api.Employees;
using CareerPaths.Api.GraphQL;
using CareerPaths.GraphQL.Execution.DataLoader;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Development;

/// <summary>
/// The request's loaders of development plans. Lookups by id (node(id:), mutations) join the viewer's employee
/// scope; the lists are keyed by employees and plans that came through it.
/// </summary>
internal static class DevelopmentDataLoaders
{
    /// <summary>Each person's plans: active first, then newest first.</summary>
    public static GroupDataLoader<int, DevelopmentPlanRecord> PlansByEmployee(this IResolverContext context) =>
        context.GroupLoader<int, DevelopmentPlanRecord>("Development.PlansByEmployee", static (db, ids, cancellationToken) => db.DevelopmentPlans.AsNoTracking()
            .Where(plan => ids.Contains(plan.EmployeeId))
            .OrderBy(plan => plan.Status == DevelopmentPlanStatus.Active ? 0 : 1).ThenByDescending(plan => plan.CreatedAt).ThenByDescending(plan => plan.Id)
            .Select(DevelopmentPlanRecord.Projection)
            .ToListAsync(cancellationToken),
            plan => plan.EmployeeId);

    public static BatchDataLoader<int, DevelopmentPlanRecord> PlanById(this IResolverContext context) =>
        context.ScopedBatchLoader<int, DevelopmentPlanRecord>("Development.PlanById", static (db, visible, ids, cancellationToken) => db.DevelopmentPlans.AsNoTracking()
            .Where(plan => ids.Contains(plan.Id) && visible.Any(employee => employee.Id == plan.EmployeeId))
            .Select(DevelopmentPlanRecord.Projection)
            .ToDictionaryAsync(plan => plan.Id, cancellationToken));

    /// <summary>Each plan's actions in plan order.</summary>
    public static GroupDataLoader<int, DevelopmentActionRecord> ActionsByPlan(this IResolverContext context) =>
        context.GroupLoader<int, DevelopmentActionRecord>("Development.ActionsByPlan", static (db, ids, cancellationToken) => db.DevelopmentActions.AsNoTracking()
            .Where(action => ids.Contains(action.DevelopmentPlanId))
            .OrderBy(action => action.Position)
            .Select(DevelopmentActionRecord.Projection)
            .ToListAsync(cancellationToken),
            action => action.PlanId);

    public static BatchDataLoader<int, DevelopmentActionRecord> ActionById(this IResolverContext context) =>
        context.ScopedBatchLoader<int, DevelopmentActionRecord>("Development.ActionById", static (db, visible, ids, cancellationToken) => db.DevelopmentActions.AsNoTracking()
            .Where(action => ids.Contains(action.Id) && visible.Any(employee => employee.Id == action.DevelopmentPlan.EmployeeId))
            .Select(DevelopmentActionRecord.Projection)
            .ToDictionaryAsync(action => action.Id, cancellationToken));
}
