using CareerPaths.Api.Audit;
using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Development;

/// <summary>The mutations of development plans; each acts on the viewer's own plans only, and each is audited.</summary>
internal static class DevelopmentMutations
{
    public static SchemaBuilder AddDevelopmentMutations(this SchemaBuilder builder) => builder
        .InputObject<CreateDevelopmentPlanInput>("CreateDevelopmentPlanInput", t => t.Description("The published role the plan aims at."))
        .InputObject<AddDevelopmentActionInput>("AddDevelopmentActionInput", t =>
        {
            t.Description("A step: LEARNING_OFFERING with `offering`, CERTIFICATION with `certification`, ASSIGNMENT with `description`.");
            t.Field(i => i.PlanId).Type("ID!");
            t.Field(i => i.Kind);
            t.Field(i => i.Offering).Description("A learning offering code (LEARNING_OFFERING steps).");
            t.Field(i => i.Certification).Description("A certification code (CERTIFICATION steps).");
            t.Field(i => i.Description).Description("What to do (required for ASSIGNMENT steps); for the others, a title of one's own.");
            t.Field(i => i.DueOn);
        })
        .InputObject<UpdateDevelopmentActionInput>("UpdateDevelopmentActionInput", t =>
        {
            t.Description("A new status and/or due date (absent fields stay as they are).");
            t.Field(i => i.ActionId).Type("ID!");
            t.Field(i => i.Status);
            t.Field(i => i.DueOn);
        })
        .InputObject<RemoveDevelopmentActionInput>("RemoveDevelopmentActionInput", t => t.Field(i => i.ActionId).Type("ID!"))
        .InputObject<ArchiveDevelopmentPlanInput>("ArchiveDevelopmentPlanInput", t =>
        {
            t.Field(i => i.PlanId).Type("ID!");
            t.Field(i => i.Completed).Type("Boolean!").DefaultValue(false).Description("True when the target was reached; false (default) when the plan is abandoned.");
        })
        .AddDomainErrorType<ActivePlanExistsError>("ActivePlanExistsError", t =>
        {
            t.Field(e => e.TargetRole);
            t.Field(e => e.PlanId).Type("ID!");
        })
        .AddDomainErrorType<PlanNotActiveError>("PlanNotActiveError", t =>
        {
            t.Field(e => e.PlanId).Type("ID!");
            t.Field(e => e.Status);
        })
        .AddDomainErrorType<ActionReferenceError>("ActionReferenceError", t =>
        {
            t.Description("A step's kind and what it refers to disagree (a missing or a superfluous offering, certification or description).");
            t.Field(e => e.Kind);
            t.Field(e => e.Field);
            t.Field(e => e.Missing);
        })
        .AddDomainErrorType<NothingToChangeError>("NothingToChangeError")
        .AddMutationPayload<DevelopmentPlanRecord>("CreateDevelopmentPlan", "plan", "DevelopmentPlan", "UnknownRoleError", "ActivePlanExistsError")
        .AddMutationPayload<DevelopmentActionRecord>("AddDevelopmentAction", "action", "DevelopmentAction",
            "NotFoundError", "PlanNotActiveError", "ActionReferenceError", "UnknownLearningOfferingError", "UnknownCertificationError", "TextLengthError")
        .AddMutationPayload<DevelopmentActionRecord>("UpdateDevelopmentAction", "action", "DevelopmentAction", "NotFoundError", "PlanNotActiveError", "NothingToChangeError")
        .AddMutationPayload<DevelopmentPlanRecord>("RemoveDevelopmentAction", "plan", "DevelopmentPlan", "NotFoundError", "PlanNotActiveError")
        .AddMutationPayload<DevelopmentPlanRecord>("ArchiveDevelopmentPlan", "plan", "DevelopmentPlan", "NotFoundError", "PlanNotActiveError")
        .Object("Mutation", mutation =>
        {
            mutation.Mutation<CreateDevelopmentPlanInput>("CreateDevelopmentPlan", Policies.Employee,
                "Starts a plan of the viewer's towards a published role (one active plan per target role).", DevelopmentPlanChanges.CreateDevelopmentPlanAsync);
            mutation.Mutation<AddDevelopmentActionInput>("AddDevelopmentAction", Policies.Employee,
                "Adds a step at the end of one of the viewer's active plans.", DevelopmentActionChanges.AddDevelopmentActionAsync);
            mutation.Mutation<UpdateDevelopmentActionInput>("UpdateDevelopmentAction", Policies.Employee,
                "Changes a step's status and/or due date.", DevelopmentActionChanges.UpdateDevelopmentActionAsync);
            mutation.Mutation<RemoveDevelopmentActionInput>("RemoveDevelopmentAction", Policies.Employee,
                "Removes a step from one of the viewer's active plans.", DevelopmentActionChanges.RemoveDevelopmentActionAsync);
            mutation.Mutation<ArchiveDevelopmentPlanInput>("ArchiveDevelopmentPlan", Policies.Employee,
                "Closes one of the viewer's active plans as completed or abandoned.", DevelopmentPlanChanges.ArchiveDevelopmentPlanAsync);
        });
}
