using CareerPaths.Api.Certifications;
using CareerPaths.Api.Identity;
using CareerPaths.Api.Roles;
using CareerPaths.Api.Skills;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.GraphQL;

/// <summary>The product's GraphQL schema, assembled from each concept's types and query fields (see docs/api.md).</summary>
public static class CareerPathsSchema
{
    /// <param name="introspectionEnabled">False refuses <c>__schema</c> and <c>__type</c> (configuration <c>GraphQL:Introspection:Enabled</c>).</param>
    public static Schema Build(bool introspectionEnabled = true) => SchemaBuilder.Create()
        .DisableIntrospection(!introspectionEnabled)
        // Every root field needs a signed-in employee; fields that need more carry their own policy (docs/security.md).
        .Object("Query", query => query.Description("The CareerPaths catalogue: skills, roles and certifications.").Authorize(Policies.Employee))
        .AddNodeFields()
        .AddSkillQueries()
        .AddRoleQueries()
        .AddCertificationQueries()
        .AddSkillTypes()
        .AddRoleTypes()
        .AddRoleRequirementTypes()
        .AddCareerTransitionType()
        .AddCertificationTypes()
        // Shared by every connection, so declared by none of them; after them, so the SDL's type order stays.
        .Object(ConnectionTypes.PageInfoTypeName, pageInfo => pageInfo.Authorize(Policies.Employee))
        .Build();
}
