using CareerPaths.Api.GraphQL;
using CareerPaths.GraphQL.Execution;
using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Validation;

namespace CareerPaths.Api.Hosting;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the product <see cref="Schema"/> and a <see cref="GraphQLExecutor"/> (singletons) that validates
    /// every document against the spec rules and the default query limits. The HTTP endpoint resolves both.
    /// </summary>
    public static IServiceCollection AddCareerPathsGraphQL(this IServiceCollection services)
    {
        // The matcher's fields answer from its read model.
        services.AddCareerPathsMatching();
        // Introspection serves GraphiQL and tooling; production turns it off unless configured (appsettings.json).
        // Without configuration (a bare ServiceCollection, as the schema snapshot test builds) it stays on.
        services.AddSingleton(provider => CareerPathsSchema.Build(
            provider.GetService<IConfiguration>()?.GetValue("GraphQL:Introspection:Enabled", true) ?? true));
        services.AddSingleton(provider =>
        {
            var environment = provider.GetRequiredService<IHostEnvironment>();
            var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("CareerPaths.GraphQL");
            var validation = new ValidationOptions { Limits = QueryLimits.Default, IncludeSuggestions = environment.IsDevelopment() };
            var options = new ExecutionOptions
            {
                Timeout = TimeSpan.FromSeconds(30),
                // Validation estimates list sizes given through variables from defaults; this checks the real ones.
                MaxCost = validation.Limits.MaxCost,
                ExposeExceptionMessages = environment.IsDevelopment(),
                OnResolverException = (exception, error) =>
                    logger.LogError(exception, "A resolver failed at {Path}", string.Join('.', error.Path ?? [])),
            };
            return new GraphQLExecutor(options, (schema, document) => DocumentValidator.Validate(schema, document, validation));
        });
        return services;
    }
}
