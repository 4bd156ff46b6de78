using CareerPaths.Api.Certifications;
using CareerPaths.Api.Data.Development;
using CareerPaths.Api.Employees;
using CareerPaths.Api.Identity;
using CareerPaths.Api.Learning;
using CareerPaths.Api.Roles;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Development;

/// <summary>The GraphQL types DevelopmentPlan and DevelopmentAction with their enums.</summary>
internal static class DevelopmentPlanType
{
    public static SchemaBuilder AddDevelopmentTypes(this SchemaBuilder builder) => builder
        .Enum<DevelopmentPlanStatus>("DevelopmentPlanStatus", e => e.Description("Where a development plan stands."))
        .Enum<DevelopmentActionKind>("DevelopmentActionKind", e => e.Description("What a plan step is: a learning offering, a certification, or an assignment at work."))
        .Enum<DevelopmentActionStatus>("DevelopmentActionStatus", e => e.Description("Where a plan step stands."))
        .Object<DevelopmentPlanRecord>("DevelopmentPlan", t =>
        {
            t.Description("A person's ordered steps towards one target role. Seen by whoever may see the person; changed only by its owner.");
            t.Authorize(Policies.Employee);
            t.AsNode(plan => plan.Id, static (context, id) => context.PlanById().LoadAsync(id));
            t.Field("owner").Type("Employee!").Description("The person whose plan it is.")
                .ResolveAsync(static (plan, context) => context.EmployeeById().LoadAsync(plan.EmployeeId));
            t.Field("targetRole").Type("Role").Description("The role aimed at; null while it has no published version.")
                .ResolveAsync(static (plan, context) => context.PublishedRoleById().LoadAsync(plan.TargetRoleId));
            t.Field(plan => plan.Status);
            t.Field(plan => plan.CreatedAt);
            t.Field(plan => plan.UpdatedAt);
            t.Field("actions").Type("[DevelopmentAction!]!").Description("The steps in plan order.")
                .ResolveAsync(static (plan, context) => context.ActionsByPlan().LoadAsync(plan.Id));
        })
        .Object<DevelopmentActionRecord>("DevelopmentAction", t =>
        {
            t.Description("One step of a development plan.");
            t.Authorize(Policies.Employee);
            t.AsNode(action => action.Id, static (context, id) => context.ActionById().LoadAsync(id));
            t.Field("plan").Type("DevelopmentPlan!")
                .ResolveAsync(static (action, context) => context.PlanById().LoadAsync(action.PlanId));
            t.Field(action => action.Position).Description("Order within the plan, from 1 (gaps remain where steps were removed).");
            t.Field(action => action.Kind);
            t.Field(action => action.Title);
            t.Field("learningOffering").Type("LearningOffering").Description("The offering to take (LEARNING_OFFERING steps).")
                .ResolveAsync(static (action, context) => action.LearningOfferingId is { } id
                    ? context.LearningOfferingById().LoadAsync(id) : Task.FromResult<LearningOfferingRecord?>(null)!);
            t.Field("certification").Type("Certification").Description("The certification to earn (CERTIFICATION steps).")
                .ResolveAsync(static (action, context) => action.CertificationId is { } id
                    ? context.CertificationById().LoadAsync(id) : Task.FromResult<CertificationRecord?>(null)!);
            t.Field(action => action.DueOn);
            t.Field(action => action.Status);
        });
}
