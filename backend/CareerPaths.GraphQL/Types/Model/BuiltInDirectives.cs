using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>The directives every schema has (spec §3.13): @include, @skip, @deprecated, @specifiedBy, @oneOf.</summary>
public static class BuiltInDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static readonly DirectiveDefinition Include = Create(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Argument("@include(if:)", "if", Scalars.Boolean.NonNullOf(), "Included when true."));

    public static readonly DirectiveDefinition Skip = Create(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Argument("@skip(if:)", "if", Scalars.Boolean.NonNullOf(), "Skipped when true."));

    public static readonly DirectiveDefinition Deprecated = Create(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        WithDefault(
            Argument("@deprecated(reason:)", "reason", Scalars.String.NonNullOf(), "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/)."),
            DefaultDeprecationReason));

    public static readonly DirectiveDefinition SpecifiedBy = Create(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        [DirectiveLocation.Scalar],
        Argument("@specifiedBy(url:)", "url", Scalars.String.NonNullOf(), "The URL that specifies the behavior of this scalar."));

    public static readonly DirectiveDefinition OneOf = Create(
        "oneOf",
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        [DirectiveLocation.InputObject]);

    /// <summary>In graphql-js's order.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static DirectiveDefinition? Get(string name) => name switch
    {
        "include" => Include,
        "skip" => Skip,
        "deprecated" => Deprecated,
        "specifiedBy" => SpecifiedBy,
        "oneOf" => OneOf,
        _ => null,
    };

    private static DirectiveDefinition Create(string name, string description, DirectiveLocation[] locations, params InputValueDefinition[] arguments) =>
        new(name) { Description = description, Locations = locations, Arguments = arguments, IsBuiltIn = true };

    private static InputValueDefinition Argument(string coordinate, string name, GraphQLType type, string description) =>
        new(name, type, coordinate) { Description = description };

    private static InputValueDefinition WithDefault(InputValueDefinition argument, string value)
    {
        argument.DefaultValueLiteral = new StringValueNode(default, value, false);
        argument.DefaultValue = value;
        return argument;
    }
}
