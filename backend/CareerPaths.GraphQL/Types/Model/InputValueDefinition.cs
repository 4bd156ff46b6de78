using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// An argument of a field or directive, or a field of an input object (spec §3.6.1, §3.10): the
/// <c>__InputValue</c> of introspection. The default value is kept twice: as a literal for printing and
/// introspection, and coerced for execution.
/// </summary>
public sealed class InputValueDefinition : ITypeSystemMember
{
    private string? _printedDefault;

    internal InputValueDefinition(string name, GraphQLType type, string coordinate)
    {
        Name = name;
        Type = type;
        Coordinate = coordinate;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; internal set; }

    public bool HasDefaultValue => DefaultValueLiteral is not null;

    /// <summary>The default value as a constant literal (as written in SDL, or built from a .NET value).</summary>
    public ValueNode? DefaultValueLiteral { get; internal set; }

    /// <summary>The default value after input coercion (meaningful only when <see cref="HasDefaultValue"/>).</summary>
    public object? DefaultValue { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Non-null and without a default: must be provided (spec IsRequiredArgument).</summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; internal set; } = [];

    public IReadOnlyDictionary<string, object?> Metadata { get; internal set; } = EmptyMetadata.Instance;

    public InputValueDefinitionNode? AstNode { get; internal set; }

    /// <summary>The schema coordinate: <c>Type.field(arg:)</c>, <c>@dir(arg:)</c> or <c>Input.field</c>.</summary>
    public string Coordinate { get; }

    /// <summary>The default value printed as GraphQL (introspection's <c>defaultValue</c>), or null; computed once.</summary>
    public string? PrintedDefaultValue => DefaultValueLiteral is null ? null : _printedDefault ??= Printer.Print(DefaultValueLiteral);

    public override string ToString() => Coordinate;
}
