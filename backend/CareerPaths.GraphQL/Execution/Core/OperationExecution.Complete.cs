using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CareerPaths.GraphQL.Execution.Planning;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Execution.Core;

internal sealed partial class OperationExecution
{
    // Spec §6.4.3 CompleteValue: writes the completed value of `value` at parent[index], or raises a field error there.
    private void CompleteValue(ResultNode parent, int index, GraphQLType type, CollectedField field, object? value, ResolverContext? context)
    {
        var nullable = type;
        if (type is NonNullType nonNull)
        {
            nullable = nonNull.OfType;
        }

        if (value is null || value is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            if (!ReferenceEquals(nullable, type))
            {
                FieldError(parent, index, field, $"Cannot return null for non-nullable field {field.ParentType.Name}.{field.Definition.Name}.");
            }
            else
            {
                parent.SetValue(index, null);
            }

            return;
        }

        switch (nullable)
        {
            case ScalarType scalar:
                CompleteLeafValue(parent, index, field, scalar, value);
                return;
            case ObjectType objectType:
                CompleteObjectValue(parent, index, field, objectType, value, context);
                return;
            case ListType list:
                CompleteListValue(parent, index, field, list, value, context);
                return;
            case EnumType enumType:
                CompleteLeafValue(parent, index, field, enumType, value);
                return;
            default:
                CompleteAbstractValue(parent, index, field, (IAbstractType)nullable, value, context);
                return;
        }
    }

    // Spec §6.4.3 CoerceResult: graphql-js's lenient result coercion lives in the scalars' Serialize.
    private void CompleteLeafValue(ResultNode parent, int index, CollectedField field, NamedType leafType, object value)
    {
        object completed;
        try
        {
            completed = leafType is ScalarType scalar ? scalar.Serialize(value) : ((EnumType)leafType).Serialize(value);
        }
        catch (Exception e)
        {
            FieldError(parent, index, field, e.Message);
            return;
        }

        parent.SetValue(index, completed);
    }

    private void CompleteListValue(ResultNode parent, int index, CollectedField field, ListType listType, object value, ResolverContext? context)
    {
        var itemType = listType.OfType;
        if (value is JsonElement json)
        {
            if (json.ValueKind != JsonValueKind.Array)
            {
                NotIterable(parent, index, field);
                return;
            }

            var jsonList = new ResultList(field, itemType, json.GetArrayLength(), parent, index);
            parent.SetValue(index, jsonList);
            foreach (var item in json.EnumerateArray())
            {
                CompleteValue(jsonList, jsonList.AddSlot(), itemType, field, item, context);
                if (jsonList.IsDead)
                {
                    return;
                }
            }

            return;
        }

        if (value is string || value is not IEnumerable enumerable)
        {
            NotIterable(parent, index, field);
            return;
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            FieldError(parent, index, field, "The result is nested too deeply to complete.");
            return;
        }

        if (value is IList list)
        {
            var count = list.Count;
            var result = new ResultList(field, itemType, count, parent, index);
            parent.SetValue(index, result);
            for (var i = 0; i < count; i++)
            {
                CompleteValue(result, result.AddSlot(), itemType, field, list[i], context);
                if (result.IsDead)
                {
                    return;
                }
            }

            return;
        }

        var items = new ResultList(field, itemType, value is ICollection collection ? collection.Count : 0, parent, index);
        parent.SetValue(index, items);
        foreach (var item in enumerable)
        {
            CompleteValue(items, items.AddSlot(), itemType, field, item, context);
            if (items.IsDead)
            {
                return;
            }
        }
    }

    private void NotIterable(ResultNode parent, int index, CollectedField field) =>
        FieldError(parent, index, field, $"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.Definition.Name}\".");

    // Spec §6.4.3 ResolveAbstractType, then the possible-type check graphql-js makes.
    private void CompleteAbstractValue(ResultNode parent, int index, CollectedField field, IAbstractType abstractType, object value, ResolverContext? context)
    {
        ObjectType? runtimeType;
        try
        {
            runtimeType = abstractType.ResolveType(value, context ?? ContextFor(parent, field));
        }
        catch (Exception e)
        {
            ResolverError(parent, index, field, e);
            return;
        }

        if (runtimeType is null)
        {
            FieldError(parent, index, field,
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ParentType.Name}.{field.Definition.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
            return;
        }

        if (!abstractType.IsPossibleType(runtimeType))
        {
            FieldError(parent, index, field, $"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".");
            return;
        }

        CompleteObjectValue(parent, index, field, runtimeType, value, context);
    }

    private void CompleteObjectValue(ResultNode parent, int index, CollectedField field, ObjectType objectType, object value, ResolverContext? context)
    {
        if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(value, context ?? ContextFor(parent, field)))
        {
            FieldError(parent, index, field, $"Expected value of type \"{objectType.Name}\" but got: {value}.");
            return;
        }

        // Type-level policies apply wherever a value of the type is completed, whatever field led to it.
        if (objectType.AuthorizationPolicies.Count > 0)
        {
            switch (Authorize(parent, index, field, objectType.AuthorizationPolicies, objectType, out var pending))
            {
                case AuthorizationOutcome.Denied:
                    return;
                case AuthorizationOutcome.Pending:
                    new AuthorizationStep(this, parent, index, field, value, objectType, pending).Start();
                    return;
            }
        }

        ExecuteObject(parent, index, field, objectType, value);
    }

    // Spec §6.4.3 CompleteValue, object case: CollectSubfields then ExecuteSelectionSet on a new result object.
    private void ExecuteObject(ResultNode parent, int index, CollectedField field, ObjectType objectType, object? value)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            FieldError(parent, index, field, "The result is nested too deeply to complete.");
            return;
        }

        var map = new ResultMap(GetSubfields(field, objectType), parent, index);
        parent.SetValue(index, map);
        ExecuteSelectionSet(map, value);
    }

    /// <summary>A context for type resolution when the field's resolver needed none (a property read).</summary>
    private ResolverContext ContextFor(ResultNode parent, CollectedField field)
    {
        var context = new ResolverContext(this);
        var owner = parent as ResultMap;
        for (var node = parent; owner is null && node is not null; node = node.Parent)
        {
            owner = node.Parent as ResultMap;
        }

        context.Initialize(owner!, field, null, ArgumentValuesEmpty);
        return context;
    }
}
