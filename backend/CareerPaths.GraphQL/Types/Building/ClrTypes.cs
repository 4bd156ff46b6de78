using System.Linq.Expressions;
using System.Reflection;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>Infers GraphQL type references from .NET types and nullable annotations, at build time only.</summary>
internal static class ClrTypes
{
    public static ClrTypeHint Hint(LambdaExpression expression)
    {
        var body = expression.Body;
        while (body is UnaryExpression { NodeType: ExpressionType.Convert } convert)
        {
            body = convert.Operand;
        }

        var context = new NullabilityInfoContext();
        NullabilityInfo? nullability = body switch
        {
            MemberExpression { Member: PropertyInfo property } => context.Create(property),
            MemberExpression { Member: FieldInfo field } => context.Create(field),
            _ => null,
        };
        return new ClrTypeHint(body.Type, nullability);
    }

    public static ClrTypeHint Hint(ParameterInfo parameter) =>
        new(parameter.ParameterType, new NullabilityInfoContext().Create(parameter));

    /// <summary>The type reference, or null when the .NET type maps to nothing known.</summary>
    public static TypeNode? Infer(ClrTypeHint hint, Func<Type, string?> namedTypeFor) =>
        Infer(hint.Type, hint.Nullability, namedTypeFor);

    private static TypeNode? Infer(Type type, NullabilityInfo? nullability, Func<Type, string?> namedTypeFor)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        var nonNull = underlying is null && (type.IsValueType || nullability?.ReadState == NullabilityState.NotNull);
        type = underlying ?? type;
        TypeNode? inner;
        var element = ElementType(type);
        if (element is not null)
        {
            var elementNullability = nullability?.ElementType ?? (nullability?.GenericTypeArguments is [var single] ? single : null);
            var item = Infer(element, elementNullability, namedTypeFor);
            inner = item is null ? null : new ListTypeNode(default, item);
        }
        else
        {
            var name = ScalarName(type) ?? namedTypeFor(type);
            inner = name is null ? null : TypeReference.Named(name);
        }

        return inner is null ? null : nonNull ? new NonNullTypeNode(default, inner) : inner;
    }

    private static string? ScalarName(Type type) =>
        type == typeof(string) ? "String"
        : type == typeof(int) || type == typeof(short) || type == typeof(byte) ? "Int"
        : type == typeof(double) || type == typeof(float) || type == typeof(decimal) ? "Float"
        : type == typeof(bool) ? "Boolean"
        : type == typeof(Guid) ? "ID"
        : type == typeof(DateTimeOffset) || type == typeof(DateTime) ? "DateTime"
        : type == typeof(DateOnly) ? "Date"
        : null;

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }
}
