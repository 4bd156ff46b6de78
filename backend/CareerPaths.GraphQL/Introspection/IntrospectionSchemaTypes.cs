using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Introspection;

/// <summary><c>__Schema</c>, <c>__Directive</c>, <c>__TypeKind</c> and <c>__DirectiveLocation</c> (spec §4.2).</summary>
internal static class IntrospectionSchemaTypes
{
    public static void Add(SchemaBuilder builder)
    {
        builder.Object<Schema>("__Schema", t =>
        {
            t.Description("A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");
            t.Field("description", s => s.Description).Type("String");
            t.Field("types", s => s.Types).Type("[__Type!]!").Description("A list of all types supported by this server.");
            t.Field("queryType", s => s.QueryType).Type("__Type!").Description("The type that query operations will be rooted at.");
            t.Field("mutationType", s => s.MutationType).Type("__Type").Description("If this server supports mutation, the type that mutation operations will be rooted at.");
            t.Field("subscriptionType", s => s.SubscriptionType).Type("__Type").Description("If this server support subscription, the type that subscription operations will be rooted at.");
            t.Field("directives", s => s.Directives).Type("[__Directive!]!").Description("A list of all directives supported by this server.");
        });

        builder.Object<DirectiveDefinition>("__Directive", t =>
        {
            t.Description("A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");
            t.Field("name", d => d.Name).Type("String!");
            t.Field("description", d => d.Description).Type("String");
            t.Field("isRepeatable", d => d.IsRepeatable).Type("Boolean!");
            t.Field("locations", d => d.Locations).Type("[__DirectiveLocation!]!");
            t.Field("args")
                .Type("[__InputValue!]!")
                .Argument("includeDeprecated", "Boolean", defaultValue: false)
                .Resolve((d, context) => IncludeDeprecated(context) ? d.Arguments : d.NonDeprecatedArguments);
        });

        builder.Enum<TypeKind>("__TypeKind", e =>
        {
            e.Description("An enum describing what kind of type a given `__Type` is.");
            e.Value(TypeKind.Scalar).Description("Indicates this type is a scalar.");
            e.Value(TypeKind.Object).Description("Indicates this type is an object. `fields` and `interfaces` are valid fields.");
            e.Value(TypeKind.Interface).Description("Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.");
            e.Value(TypeKind.Union).Description("Indicates this type is a union. `possibleTypes` is a valid field.");
            e.Value(TypeKind.Enum).Description("Indicates this type is an enum. `enumValues` is a valid field.");
            e.Value(TypeKind.InputObject).Description("Indicates this type is an input object. `inputFields` is a valid field.");
            e.Value(TypeKind.List).Description("Indicates this type is a list. `ofType` is a valid field.");
            e.Value(TypeKind.NonNull).Description("Indicates this type is a non-null. `ofType` is a valid field.");
        });

        builder.Enum<DirectiveLocation>("__DirectiveLocation", e =>
        {
            e.Description("A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
            foreach (var location in Enum.GetValues<DirectiveLocation>())
            {
                e.Value(location).Description(LocationDescription(location));
            }
        });
    }

    /// <summary>The <c>includeDeprecated</c> argument (always present: it defaults to false).</summary>
    internal static bool IncludeDeprecated(IResolverContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    private static string LocationDescription(DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "Location adjacent to a query operation.",
        DirectiveLocation.Mutation => "Location adjacent to a mutation operation.",
        DirectiveLocation.Subscription => "Location adjacent to a subscription operation.",
        DirectiveLocation.Field => "Location adjacent to a field.",
        DirectiveLocation.FragmentDefinition => "Location adjacent to a fragment definition.",
        DirectiveLocation.FragmentSpread => "Location adjacent to a fragment spread.",
        DirectiveLocation.InlineFragment => "Location adjacent to an inline fragment.",
        DirectiveLocation.VariableDefinition => "Location adjacent to an operation variable definition.",
        DirectiveLocation.Schema => "Location adjacent to a schema definition.",
        DirectiveLocation.Scalar => "Location adjacent to a scalar definition.",
        DirectiveLocation.Object => "Location adjacent to an object type definition.",
        DirectiveLocation.FieldDefinition => "Location adjacent to a field definition.",
        DirectiveLocation.ArgumentDefinition => "Location adjacent to an argument definition.",
        DirectiveLocation.Interface => "Location adjacent to an interface definition.",
        DirectiveLocation.Union => "Location adjacent to a union definition.",
        DirectiveLocation.Enum => "Location adjacent to an enum definition.",
        DirectiveLocation.EnumValue => "Location adjacent to an enum value definition.",
        DirectiveLocation.InputObject => "Location adjacent to an input object type definition.",
        _ => "Location adjacent to an input object field definition.",
    };
}
