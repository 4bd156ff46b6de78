using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// A scalar type (spec §3.5). Subclass it for a custom scalar, or use <see cref="DelegateScalarType"/>.
/// The three coercions never see null (the engine handles null around them) and throw
/// <see cref="ScalarCoercionException"/> with the user-facing reason when a value is not acceptable.
/// </summary>
public abstract class ScalarType : NamedType
{
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The scalar specification URL (<c>@specifiedBy(url:)</c>).</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>True for Int, Float, String, Boolean and ID.</summary>
    public bool IsSpecifiedScalar => this is IntScalar or FloatScalar or StringScalar or BooleanScalar or IdScalar;

    /// <summary>Result coercion: an internal value (from a resolver) to a JSON-writable value.</summary>
    public abstract object Serialize(object value);

    /// <summary>Input coercion of an external value: a <see cref="System.Text.Json.JsonElement"/> or a .NET primitive.</summary>
    public abstract object ParseValue(object value);

    /// <summary>
    /// Input coercion of a literal (never <c>null</c> nor a variable at the top; variables nested in list or
    /// object literals of custom scalars are looked up in <paramref name="variables"/>).
    /// </summary>
    public abstract object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables);

    /// <summary>
    /// The literal for an (external or internal) value, or null when the value cannot be represented;
    /// used to print default values given as .NET values.
    /// </summary>
    public virtual ValueNode? ValueToLiteral(object value) => LiteralBuilder.FromUntypedValue(value);
}
