using CareerPaths.GraphQL.Execution;
using CareerPaths.GraphQL.Http.TrustedDocuments;
using CareerPaths.GraphQL.Types;
using Microsoft.AspNetCore.Http;

namespace CareerPaths.GraphQL.Http;

/// <summary>
/// How <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL"/> serves GraphQL over HTTP. The settable
/// values bind from configuration (e.g. the <c>GraphQL</c> section: <c>GraphQL:MaxRequestBodyBytes</c>,
/// <c>GraphQL:GraphiQL:Enabled</c>, <c>GraphQL:TrustedDocuments:Mode</c>).
/// </summary>
public sealed class GraphQLHttpOptions
{
    public const long DefaultMaxRequestBodyBytes = 256 * 1024;

    /// <summary>The largest POST body accepted (413 beyond it). A GraphQL request is small; 256 KiB is generous.</summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>The longest query string of a GET accepted (414 beyond it), in characters as received.</summary>
    public int MaxQueryStringLength { get; set; } = 8 * 1024;

    /// <summary>Whether queries may be sent with GET (mutations never may).</summary>
    public bool AllowGet { get; set; } = true;

    public GraphiQLOptions GraphiQL { get; set; } = new();

    public TrustedDocumentsOptions TrustedDocuments { get; set; } = new();

    /// <summary>
    /// Whether the message of an unexpected exception reaches the client in the 500 body; when null, only in
    /// the Development environment. The details are always logged with the correlation id.
    /// </summary>
    public bool? ExposeExceptionDetails { get; set; }

    /// <summary>The schema to serve; when null, the <see cref="Types.Schema"/> service of the request.</summary>
    public Schema? Schema { get; set; }

    /// <summary>The executor; when null, the <see cref="GraphQLExecutor"/> service of the request.</summary>
    public GraphQLExecutor? Executor { get; set; }

    /// <summary>Adjusts each request before execution (a root value, per-request options).</summary>
    public Func<HttpContext, ExecutionRequest, ExecutionRequest>? ConfigureRequest { get; set; }
}

/// <summary>GraphiQL, served at the endpoint's path to browsers (GET, <c>Accept: text/html</c>, no query).</summary>
public sealed class GraphiQLOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>The built GraphiQL page (an HTML file, e.g. <c>frontend/dist/src/graphiql/graphiql.html</c>).</summary>
    public string? PagePath { get; set; }
}
