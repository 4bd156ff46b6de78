using CareerPaths.GraphQL.Http;

namespace CareerPaths.Api.Hosting;

/// <summary>
/// Maps <c>/graphql</c> (engine: CareerPaths.GraphQL.Http) with the options of the <c>GraphQL</c> configuration
/// section, e.g. <c>GraphQL:GraphiQL:Enabled</c>, <c>GraphQL:MaxRequestBodyBytes</c>, <c>GraphQL:TrustedDocuments:Mode</c>
/// and <c>:ManifestPath</c>. The schema and executor are the DI singletons.
/// </summary>
public static class GraphQLEndpointHosting
{
    public const string Section = "GraphQL";

    public const string EndpointPath = "/graphql";

    /// <summary>Where Vite writes the GraphiQL page inside the web root (frontend/src/graphiql/graphiql.html).</summary>
    public static readonly string GraphiQLPage = Path.Combine("src", "graphiql", "graphiql.html");

    public static WebApplication MapCareerPathsGraphQL(this WebApplication app)
    {
        var contentRoot = app.Environment.ContentRootPath;
        var webRoot = WebRoot.Resolve(app);
        app.MapGraphQL(EndpointPath, options =>
        {
            app.Configuration.GetSection(Section).Bind(options);
            options.GraphiQL.PagePath = options.GraphiQL.PagePath is { Length: > 0 } page ? Path.GetFullPath(page, contentRoot)
                : webRoot is null ? null
                : Path.Combine(webRoot, GraphiQLPage);
            if (options.TrustedDocuments.ManifestPath is { Length: > 0 } manifest)
            {
                options.TrustedDocuments.ManifestPath = Path.GetFullPath(manifest, contentRoot);
            }
        });
        return app;
    }
}
