using CareerPaths.GraphQL.Http.TrustedDocuments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerPaths.GraphQL.Http;

/// <summary>Maps the GraphQL endpoint (GraphQL over HTTP, GraphiQL, trusted documents). See docs/graphql-engine/http.md.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL at <paramref name="path"/>: POST (<c>application/json</c>) and GET (queries only), answering in
    /// <c>application/graphql-response+json</c> or <c>application/json</c>, and GraphiQL to browsers. The schema and
    /// executor come from <see cref="GraphQLHttpOptions"/> or else from the request's services. Configuration
    /// mistakes (an invalid limit, a broken trusted-document manifest) fail here, at start-up.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints, string path = "/graphql", Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = new GraphQLHttpOptions();
        configure?.Invoke(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRequestBodyBytes, "GraphQLHttpOptions.MaxRequestBodyBytes");
        // The body is read into one array.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaxRequestBodyBytes, Array.MaxLength - 1, "GraphQLHttpOptions.MaxRequestBodyBytes");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxQueryStringLength, "GraphQLHttpOptions.MaxQueryStringLength");

        var services = endpoints.ServiceProvider;
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("CareerPaths.GraphQL.Http") ?? NullLogger.Instance;
        var exposeDetails = options.ExposeExceptionDetails ?? services.GetService<IHostEnvironment>()?.IsDevelopment() ?? false;
        var graphiql = options.GraphiQL is { Enabled: true, PagePath: { Length: > 0 } page }
            ? new GraphiQLPage(Path.GetFullPath(page), logger)
            : null;
        var handler = new GraphQLHttpHandler(options, new TrustedDocumentPolicy(options.TrustedDocuments), graphiql, logger, exposeDetails);
        return endpoints.Map(path, handler.HandleAsync).WithDisplayName($"GraphQL {path}");
    }
}
