namespace CareerPaths.GraphQL.Http;

/// <summary>The two media types a GraphQL response is written in (GraphQL over HTTP, "Media Types").</summary>
public enum ResponseMediaType
{
    /// <summary><c>application/json</c>: the legacy type; request errors still answer 200.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: the preferred type; request errors answer 4xx.</summary>
    GraphQLResponseJson,
}
