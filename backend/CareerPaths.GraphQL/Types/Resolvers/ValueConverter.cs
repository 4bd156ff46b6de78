using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// Converts coerced input values (int, double, string, bool, enum values, <c>object?[]</c> lists, input object
/// dictionaries or bound records) to the .NET type a resolver asks for: numeric widening, enums from names,
/// Guid from ID strings, and typed arrays/lists. Each target type gets one converter, built on first use.
/// </summary>
public static class ValueConverter
{
    private static readonly ConcurrentDictionary<Type, Func<object?, object?>> Converters = new();

    public static T Convert<T>(object? value) => value is T typed ? typed : (T)Cache<T>.Converter(value)!;

    public static object? Convert(object? value, Type target) =>
        value is not null && target.IsInstanceOfType(value) ? value : GetConverter(target)(value);

    internal static Func<object?, object?> GetConverter(Type target) => Converters.GetOrAdd(target, Build);

    private static Func<object?, object?> Build(Type target)
    {
        var nullable = Nullable.GetUnderlyingType(target);
        if (nullable is not null)
        {
            var inner = GetConverter(nullable);
            return value => value is null or Undefined ? null : inner(value);
        }

        var defaultValue = target.IsValueType ? Activator.CreateInstance(target) : null;
        var convert = BuildNonNull(target);
        return value => value is null or Undefined ? defaultValue : target.IsInstanceOfType(value) ? value : convert(value);
    }

    private static Func<object, object?> BuildNonNull(Type target)
    {
        if (target.IsEnum)
        {
            return value => value is string name ? ParseEnum(target, name) : Enum.ToObject(target, value);
        }

        if (target == typeof(Guid))
        {
            return value => Guid.Parse((string)value, CultureInfo.InvariantCulture);
        }

        if (target == typeof(string))
        {
            return value => System.Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        if (target.IsPrimitive || target == typeof(decimal))
        {
            return value => System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        var element = ElementType(target);
        if (element is not null)
        {
            var convertItem = GetConverter(element);
            var asArray = target.IsArray || target.IsInterface && !typeof(IList).IsAssignableFrom(target)
                && target.GetGenericTypeDefinition() is var definition
                && (definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>));
            var method = typeof(ValueConverter).GetMethod(asArray ? nameof(ToArray) : nameof(ToList), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(element);
            var typed = method.CreateDelegate<Func<object, Func<object?, object?>, object>>();
            return value => typed(value, convertItem);
        }

        return value => throw new InvalidCastException($"Cannot convert {value.GetType().Name} to {target.Name}.");
    }

    private static object ToArray<TElement>(object value, Func<object?, object?> convertItem)
    {
        if (value is not IEnumerable enumerable || value is string)
        {
            return new[] { (TElement)convertItem(value)! };
        }

        var result = new List<TElement>();
        foreach (var item in enumerable)
        {
            result.Add(item is TElement typed ? typed : (TElement)convertItem(item)!);
        }

        return result.ToArray();
    }

    private static object ToList<TElement>(object value, Func<object?, object?> convertItem) =>
        new List<TElement>((TElement[])ToArray<TElement>(value, convertItem));

    private static Type? ElementType(Type target)
    {
        if (target.IsArray)
        {
            return target.GetElementType();
        }

        if (!target.IsGenericType || target.GetGenericArguments().Length != 1)
        {
            return null;
        }

        var definition = target.GetGenericTypeDefinition();
        return definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(ICollection<>)
            || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
            ? target.GetGenericArguments()[0]
            : null;
    }

    private static object ParseEnum(Type target, string name)
    {
        if (Enum.TryParse(target, name, ignoreCase: false, out var exact))
        {
            return exact!;
        }

        // SCREAMING_CASE GraphQL names map to PascalCase .NET members.
        return Enum.Parse(target, name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
    }

    private static class Cache<T>
    {
        public static readonly Func<object?, object?> Converter = GetConverter(typeof(T));
    }
}
