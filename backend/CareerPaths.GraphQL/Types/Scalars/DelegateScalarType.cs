using CareerPaths.GraphQL.Types.Coercion;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// A custom scalar made of functions instead of a subclass. Any function left out is the identity, and
/// literals are read without a type (as graphql-js's default <c>GraphQLScalarType</c>): this is what an SDL
/// <c>scalar Foo</c> without configuration becomes.
/// </summary>
public sealed class DelegateScalarType : ScalarType
{
    private readonly Func<object, object>? _serialize;
    private readonly Func<object, object>? _parseValue;
    private readonly Func<ValueNode, object>? _parseLiteral;

    public DelegateScalarType(
        string name,
        string? description = null,
        string? specifiedByUrl = null,
        Func<object, object>? serialize = null,
        Func<object, object>? parseValue = null,
        Func<ValueNode, object>? parseLiteral = null)
        : base(name, description, specifiedByUrl)
    {
        _serialize = serialize;
        _parseValue = parseValue;
        _parseLiteral = parseLiteral;
    }

    public override object Serialize(object value) => _serialize is null ? value : _serialize(value);

    public override object ParseValue(object value) => _parseValue is null ? value : _parseValue(value);

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (_parseLiteral is not null)
        {
            return _parseLiteral(literal);
        }

        // graphql-js routes a literal through valueFromASTUntyped and then parseValue.
        var untyped = UntypedLiteral.ToValue(literal, variables);
        return _parseValue is null || untyped is null ? untyped! : _parseValue(untyped);
    }
}
