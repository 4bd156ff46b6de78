using System.Linq.Expressions;
using CareerPaths.Api.Data.Development;

namespace CareerPaths.Api.Development;

/// <summary>A development plan as the API reads it.</summary>
public sealed record DevelopmentPlanRecord(
    int Id, int EmployeeId, int TargetRoleId, DevelopmentPlanStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static readonly Expression<Func<DevelopmentPlan, DevelopmentPlanRecord>> Projection = plan => new DevelopmentPlanRecord(
        plan.Id, plan.EmployeeId, plan.TargetRoleId, plan.Status, plan.CreatedAt, plan.UpdatedAt);
}

/// <summary>One step of a development plan.</summary>
public sealed record DevelopmentActionRecord(
    int Id, int PlanId, int Position, DevelopmentActionKind Kind, string Title, int? LearningOfferingId, int? CertificationId,
    DateOnly? DueOn, DevelopmentActionStatus Status)
{
    public static readonly Expression<Func<DevelopmentAction, DevelopmentActionRecord>> Projection = action => new DevelopmentActionRecord(
        action.Id, action.DevelopmentPlanId, action.Position, action.Kind, action.Title, action.LearningOfferingId, action.CertificationId,
        action.DueOn, action.Status);
}
