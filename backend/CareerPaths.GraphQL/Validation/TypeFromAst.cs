using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Validation;

/// <summary>The schema type a type reference names (graphql-js <c>typeFromAST</c>), or null if it names none.</summary>
public static class TypeFromAst
{
    public static GraphQLType? Resolve(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => Resolve(schema, list.Type)?.ListOf(),
        NonNullTypeNode nonNull => Resolve(schema, nonNull.Type)?.NonNullOf(),
        _ => null,
    };

    /// <summary>The named type of a type condition, or null when the schema has no such type.</summary>
    public static NamedType? Resolve(Schema schema, NamedTypeNode node) => schema.GetType(node.Name.Value);
}
