using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Introspection;

/// <summary>The meta fields of spec §4.1: <c>__schema</c>, <c>__type(name:)</c> and <c>__typename</c>.</summary>
internal static class IntrospectionFields
{
    public static (FieldDefinition Schema, FieldDefinition Type, FieldDefinition TypeName) Create(ObjectType queryType)
    {
        var schemaField = new FieldDefinition("__schema", IntrospectionTypes.Schema.NonNullOf())
        {
            Description = "Access the current type schema of this server.",
            DeclaringType = queryType,
            Resolver = FieldResolver.FromSync(context => context.Schema),
        };

        var typeField = new FieldDefinition("__type", IntrospectionTypes.Type)
        {
            Description = "Request the type information of a single type.",
            DeclaringType = queryType,
            Arguments = [new InputValueDefinition("name", Scalars.String.NonNullOf(), "__type(name:)")],
            Resolver = FieldResolver.FromSync(context =>
                context.Arguments.TryGetValue("name", out var name) && name is string typeName ? context.Schema.GetType(typeName) : null),
        };

        var typeNameField = new FieldDefinition("__typename", Scalars.String.NonNullOf())
        {
            Description = "The name of the current Object type at runtime.",
            DeclaringType = queryType,
            Resolver = FieldResolver.FromSync(context => context.ParentType.Name),
        };

        return (schemaField, typeField, typeNameField);
    }
}
