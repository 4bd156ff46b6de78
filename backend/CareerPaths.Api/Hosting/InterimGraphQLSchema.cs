using CareerPaths.GraphQL.Execution;
using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerPaths.Api.Hosting;

/// <summary>
/// INTERIM, until the product schema is merged (branch <c>product</c> registers the real <see cref="Schema"/> and
/// <see cref="GraphQLExecutor"/> with <c>AddCareerPathsGraphQL()</c>): a one-field schema so that /graphql,
/// GraphiQL and the graphql-http audits have something to serve. Registered with TryAdd, so the product's
/// registrations win whichever comes first; delete this file when the product schema lands.
/// </summary>
public static class InterimGraphQLSchema
{
    public static IServiceCollection AddInterimGraphQLSchema(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => SchemaBuilder.FromSdl(
            "type Query {\n  \"The product schema is not merged yet.\"\n  status: String!\n}",
            builder => builder.Resolve("Query.status", _ => "The CareerPaths schema is on its way.")));
        services.TryAddSingleton(provider => new GraphQLExecutor(
            new ExecutionOptions { ExposeExceptionMessages = provider.GetRequiredService<IHostEnvironment>().IsDevelopment() },
            (schema, document) => DocumentValidator.Validate(schema, document, new ValidationOptions { Limits = QueryLimits.Default })));
        return services;
    }
}
