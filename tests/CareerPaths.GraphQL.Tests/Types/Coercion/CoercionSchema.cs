using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Tests.Types.Coercion;

/// <summary>A schema with the input shapes the coercion tests need.</summary>
internal static class CoercionSchema
{
    public static readonly Schema Instance = SchemaBuilder.FromSdl("""
        type Query {
          field(
            int: Int, req: Int!, list: [Int], nonNullList: [Int!]!, point: Point, pick: Pick, color: Color,
            nested: [[Int]], withDefault: Int = 7
          ): String
        }
        input Point { x: Int!, y: Int = 0, label: String, tags: [String!] }
        input Pick @oneOf { id: ID, name: String }
        enum Color { RED GREEN }
        """);

    public static GraphQLType ArgumentType(string name) =>
        ((ObjectType)Instance.GetType("Query")!).GetField("field")!.GetArgument(name)!.Type;

    public static GraphQLType Type(string reference) => reference switch
    {
        "Int" => Scalars.Int,
        "Int!" => Scalars.Int.NonNullOf(),
        "[Int]" => Scalars.Int.ListOf(),
        "[Int!]" => Scalars.Int.NonNullOf().ListOf(),
        "[Int!]!" => Scalars.Int.NonNullOf().ListOf().NonNullOf(),
        "[[Int]]" => Scalars.Int.ListOf().ListOf(),
        "Point" => Instance.GetType("Point")!,
        "Point!" => Instance.GetType("Point")!.NonNullOf(),
        "Pick" => Instance.GetType("Pick")!,
        "Color" => Instance.GetType("Color")!,
        _ => throw new ArgumentOutOfRangeException(nameof(reference)),
    };
}
