using CareerPaths.Api.Development;
using CareerPaths.Api.Identity;
using CareerPaths.Api.Organisation;
using CareerPaths.Api.Roles;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Employees;

/// <summary>
/// The GraphQL type Employee: a person and their skill profile. Values only come from scoped loaders, so whoever
/// receives one may see all of it; people it links to (manager, reports, recorders) go through the scope again.
/// </summary>
internal static class EmployeeType
{
    public static SchemaBuilder AddEmployeeTypes(this SchemaBuilder builder) => builder
        .AddConnectionType<EmployeeRecord>("Employee")
        .AuthorizeConnection("Employee", Policies.Employee)
        .Object<EmployeeRecord>("Employee", t =>
        {
            t.Description("A person in the organisation: where they sit, whom they report to, and their skill profile.");
            t.Authorize(Policies.Employee);
            t.AsNode(employee => employee.Id, static (context, id) => EmployeeLookup.LoadOrDenyAsync(context, id));
            t.Field(employee => employee.EmployeeNumber).Description("The HR system's number.");
            t.Field(employee => employee.Name);
            t.Field(employee => employee.Email);
            t.Field("orgUnit").Type("OrgUnit!").Description("The unit the person belongs to.")
                .ResolveAsync(static (employee, context) => context.OrgUnitById().LoadAsync(employee.OrgUnitId));
            t.Field("manager").Type("Employee")
                .Description("Whom the person reports to; null when nobody, or when the viewer may not see that person.")
                .ResolveAsync(static (employee, context) => employee.ManagerId is { } id
                    ? context.EmployeeById().LoadAsync(id) : Task.FromResult<EmployeeRecord?>(null)!);
            t.Field("directReports").Type("[Employee!]!")
                .Description("The people reporting to this person directly that the viewer may see, by name.")
                .ResolveAsync(static (employee, context) => context.DirectReports().LoadAsync(employee.Id));
            t.Field("currentRole").Type("Role").Description("The published role the person holds; null when it is not in the catalogue.")
                .ResolveAsync(static (employee, context) => employee.CurrentRoleId is { } id
                    ? context.PublishedRoleById().LoadAsync(id) : Task.FromResult<RoleRecord?>(null)!);
            t.Field(employee => employee.RoleSince).Description("Since when the person holds the current role.");
            t.Field("skills").Type("[SkillEvidence!]!")
                .Description("Every statement of the person's skill levels (raw evidence: self, manager, assessment, certification), by skill code, newest first.")
                .ResolveAsync(static (employee, context) => context.SkillEvidenceByEmployee().LoadAsync(employee.Id));
            t.Field("certifications").Type("[HeldCertification!]!").Description("Certifications earned, most recent first.")
                .ResolveAsync(static (employee, context) => context.CertificationsByEmployee().LoadAsync(employee.Id));
            t.Field("careerGoals").Type("[CareerGoal!]!").Description("Roles the person wants to grow into, by priority.")
                .ResolveAsync(static (employee, context) => context.CareerGoalsByEmployee().LoadAsync(employee.Id));
            t.Field("developmentPlans").Type("[DevelopmentPlan!]!").Description("The person's development plans, active first, newest first.")
                .ResolveAsync(static (employee, context) => context.PlansByEmployee().LoadAsync(employee.Id));
        });
}
