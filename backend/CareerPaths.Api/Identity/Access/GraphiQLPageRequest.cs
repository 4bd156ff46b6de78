using CareerPaths.GraphQL.Http;

namespace CareerPaths.Api.Identity.Access;

/// <summary>
/// Recognises a browser asking for GraphiQL's page — GET on the GraphQL path, HTML accepted, no GraphQL document in
/// the query string — the one thing on <c>/graphql</c> that needs no sign-in (the page itself holds no data; its
/// requests carry a token). Mirrors how the engine's endpoint decides to serve the page (docs/graphql-engine/http.md).
/// </summary>
public sealed class GraphiQLPageRequest(string path, bool enabled)
{
    public bool Matches(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        return enabled
            && HttpMethods.IsGet(request.Method)
            && request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)
            && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("documentId") && !request.Query.ContainsKey("extensions")
            && MediaTypes.AcceptsHtml(request.Headers.Accept);
    }
}
