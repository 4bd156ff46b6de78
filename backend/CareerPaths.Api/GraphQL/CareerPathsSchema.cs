using CareerPaths.Api.Audit;
using CareerPaths.Api.Certifications;
using CareerPaths.Api.Cohorts;
using CareerPaths.Api.Development;
using CareerPaths.Api.Employees;
using CareerPaths.Api.Identity;
using CareerPaths.Api.Learning;
using CareerPaths.Api.Matching;
using CareerPaths.Api.Organisation;
using CareerPaths.Api.Roles;
using CareerPaths.Api.Skills;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.GraphQL;

/// <summary>The product's GraphQL schema, assembled from each concept's types, query fields and mutations (see docs/api.md).</summary>
public static class CareerPathsSchema
{
    /// <param name="introspectionEnabled">False refuses <c>__schema</c> and <c>__type</c> (configuration <c>GraphQL:Introspection:Enabled</c>).</param>
    public static Schema Build(bool introspectionEnabled = true) => SchemaBuilder.Create()
        .DisableIntrospection(!introspectionEnabled)
        // Every root field needs a signed-in employee; fields that need more carry their own policy (docs/security.md).
        .Object("Query", query => query.Description("The CareerPaths catalogue, people and their plans, as the signed-in viewer may see them.").Authorize(Policies.Employee))
        .AddNodeFields()
        .AddSkillQueries()
        .AddRoleQueries()
        .AddCertificationQueries()
        .AddEmployeeQueries()
        .AddOrgUnitQueries()
        .AddLearningQueries()
        .AddRoleVersionQueries()
        .AddAuditQueries()
        .AddMatchingQueriesAndTypes()
        .AddCohortQueriesAndTypes()
        .AddSkillTypes()
        .AddRoleTypes()
        .AddRoleRequirementTypes()
        .AddCareerTransitionType()
        .AddCertificationTypes()
        .AddEmployeeTypes()
        .AddSkillProfileTypes()
        .AddOrgUnitTypes()
        .AddLearningTypes()
        .AddDevelopmentTypes()
        .AddRoleVersionTypes()
        .AddAuditTypes()
        .AddInputErrorTypes()
        .Object("Mutation", mutation => mutation.Description("Changes to profiles, plans and role profiles; each is audited and reports refusals as typed errors.").Authorize(Policies.Employee))
        .AddEmployeeMutations()
        .AddDevelopmentMutations()
        .AddRoleMutations()
        .AddCohortMutations()
        // Shared by every connection, so declared by none of them; after them, so the SDL's type order stays.
        .Object(ConnectionTypes.PageInfoTypeName, pageInfo => pageInfo.Authorize(Policies.Employee))
        .Build();
}
