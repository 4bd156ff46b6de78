using CareerPaths.Api.Certifications;
using CareerPaths.Api.Roles;
using CareerPaths.Api.Skills;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.GraphQL;

/// <summary>The product's GraphQL schema, assembled from each concept's types and query fields (see docs/api.md).</summary>
public static class CareerPathsSchema
{
    public static Schema Build() => SchemaBuilder.Create()
        .Object("Query", query => query.Description("The CareerPaths catalogue: skills, roles and certifications."))
        .AddNodeFields()
        .AddSkillQueries()
        .AddRoleQueries()
        .AddCertificationQueries()
        .AddSkillTypes()
        .AddRoleTypes()
        .AddRoleRequirementTypes()
        .AddCareerTransitionType()
        .AddCertificationTypes()
        .Build();
}
