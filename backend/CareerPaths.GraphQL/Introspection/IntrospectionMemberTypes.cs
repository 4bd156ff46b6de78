using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Introspection;

/// <summary><c>__Field</c>, <c>__InputValue</c> and <c>__EnumValue</c> (spec §4.2.3–§4.2.5).</summary>
internal static class IntrospectionMemberTypes
{
    public static void Add(SchemaBuilder builder)
    {
        builder.Object<FieldDefinition>("__Field", t =>
        {
            t.Description("Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");
            t.Field("name", f => f.Name).Type("String!");
            t.Field("description", f => f.Description).Type("String");
            t.Field("args")
                .Type("[__InputValue!]!")
                .Argument("includeDeprecated", "Boolean", defaultValue: false)
                .Resolve((f, context) => IntrospectionSchemaTypes.IncludeDeprecated(context) ? f.Arguments : f.NonDeprecatedArguments);
            t.Field("type", f => f.Type).Type("__Type!");
            t.Field("isDeprecated", f => f.IsDeprecated).Type("Boolean!");
            t.Field("deprecationReason", f => f.DeprecationReason).Type("String");
        });

        builder.Object<InputValueDefinition>("__InputValue", t =>
        {
            t.Description("Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");
            t.Field("name", v => v.Name).Type("String!");
            t.Field("description", v => v.Description).Type("String");
            t.Field("type", v => v.Type).Type("__Type!");
            t.Field("defaultValue", v => v.PrintedDefaultValue)
                .Type("String")
                .Description("A GraphQL-formatted string representing the default value for this input value.");
            t.Field("isDeprecated", v => v.IsDeprecated).Type("Boolean!");
            t.Field("deprecationReason", v => v.DeprecationReason).Type("String");
        });

        builder.Object<EnumValueDefinition>("__EnumValue", t =>
        {
            t.Description("One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");
            t.Field("name", v => v.Name).Type("String!");
            t.Field("description", v => v.Description).Type("String");
            t.Field("isDeprecated", v => v.IsDeprecated).Type("Boolean!");
            t.Field("deprecationReason", v => v.DeprecationReason).Type("String");
        });
    }
}
