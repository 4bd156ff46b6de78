using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Introspection;

/// <summary><c>__Type</c> (spec §4.2.2): one object type describing named and wrapping types alike.</summary>
internal static class IntrospectionTypeType
{
    public static void Add(SchemaBuilder builder) => builder.Object<GraphQLType>("__Type", t =>
    {
        t.Description("The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");
        t.Field("kind", type => type.Kind).Type("__TypeKind!");
        t.Field("name", type => type is NamedType ? ((NamedType)type).Name : null).Type("String");
        t.Field("description", type => type is NamedType ? ((NamedType)type).Description : null).Type("String");
        t.Field("specifiedByURL", type => type is ScalarType ? ((ScalarType)type).SpecifiedByUrl : null).Type("String");
        t.Field("fields")
            .Type("[__Field!]")
            .Argument("includeDeprecated", "Boolean", defaultValue: false)
            .Resolve((type, context) => type is ComplexType complex
                ? IntrospectionSchemaTypes.IncludeDeprecated(context) ? complex.Fields : complex.NonDeprecatedFields
                : null);
        t.Field("interfaces", type => type is ComplexType ? ((ComplexType)type).Interfaces : null).Type("[__Type!]");
        t.Field("possibleTypes", type => type is IAbstractType ? ((IAbstractType)type).PossibleTypes : null).Type("[__Type!]");
        t.Field("enumValues")
            .Type("[__EnumValue!]")
            .Argument("includeDeprecated", "Boolean", defaultValue: false)
            .Resolve((type, context) => type is EnumType enumType
                ? IntrospectionSchemaTypes.IncludeDeprecated(context) ? enumType.Values : enumType.NonDeprecatedValues
                : null);
        t.Field("inputFields")
            .Type("[__InputValue!]")
            .Argument("includeDeprecated", "Boolean", defaultValue: false)
            .Resolve((type, context) => type is InputObjectType input
                ? IntrospectionSchemaTypes.IncludeDeprecated(context) ? input.Fields : input.NonDeprecatedFields
                : null);
        t.Field("ofType", type => OfType(type)).Type("__Type");
        t.Field("isOneOf", type => type is InputObjectType ? (bool?)((InputObjectType)type).IsOneOf : null).Type("Boolean");
    });

    private static GraphQLType? OfType(GraphQLType type) => type switch
    {
        ListType list => list.OfType,
        NonNullType nonNull => nonNull.OfType,
        _ => null,
    };
}
