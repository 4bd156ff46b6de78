using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Identity;

/// <summary>Attaching <see cref="Policies"/> to types the engine's Relay helpers declare (connections and their edges).</summary>
public static class SchemaPolicies
{
    /// <summary>The policies of <c>{node}Connection</c> and <c>{node}Edge</c> (declared by <c>AddConnectionType</c>).</summary>
    public static SchemaBuilder AuthorizeConnection(this SchemaBuilder builder, string nodeTypeName, params string[] policies)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .Object(ConnectionTypes.ConnectionTypeName(nodeTypeName), connection => connection.Authorize(policies))
            .Object(ConnectionTypes.EdgeTypeName(nodeTypeName), edge => edge.Authorize(policies));
    }
}
