using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Types.Coercion;

namespace CareerPaths.GraphQL.Execution.Planning;

/// <summary>
/// One entry of a grouped field set (spec §6.3.2 CollectFields): a response key, the field nodes merged under
/// it and the field definition, plus what the executor caches about it — the coerced arguments when they use
/// no variables, and the grouped field sets of its sub-selection per concrete object type.
/// </summary>
internal sealed class CollectedField
{
    private SubfieldEntry? _subfields;
    private ArgumentValues? _staticArguments;
    private ErrorLocation[]? _locations;
    private IReadOnlyList<string>? _rootPolicies;
    private System.Text.Json.JsonEncodedText? _encodedKey;

    public CollectedField(string responseKey, FieldNode[] nodes, FieldDefinition definition, ObjectType parentType, int index)
    {
        ResponseKey = responseKey;
        Nodes = nodes;
        Definition = definition;
        ParentType = parentType;
        Index = index;
        ArgumentsUseVariables = UsesVariables(nodes[0].Arguments);
    }

    public string ResponseKey { get; }

    /// <summary>The response key encoded once for the UTF-8 writer.</summary>
    public System.Text.Json.JsonEncodedText EncodedKey => _encodedKey ??= System.Text.Json.JsonEncodedText.Encode(ResponseKey, ExecutionResultWriter.Encoder);

    /// <summary>Every node merged into this field, in document order; the first one is executed.</summary>
    public FieldNode[] Nodes { get; }

    public FieldNode FirstNode => Nodes[0];

    public FieldDefinition Definition { get; }

    public ObjectType ParentType { get; }

    /// <summary>Position of this field in its grouped field set (and in the result object's value array).</summary>
    public int Index { get; }

    public bool ArgumentsUseVariables { get; }

    /// <summary>The policies checked before this field runs at the root: the root type's, then the field's.</summary>
    public IReadOnlyList<string> RootPolicies =>
        _rootPolicies ??= ParentType.AuthorizationPolicies.Count == 0
            ? Definition.AuthorizationPolicies
            : [.. ParentType.AuthorizationPolicies, .. Definition.AuthorizationPolicies];

    /// <summary>One location per merged occurrence, as graphql-js reports a field error.</summary>
    public IReadOnlyList<ErrorLocation> Locations => _locations ??= Array.ConvertAll(Nodes, n => ErrorLocation.Of(n));

    /// <summary>The coerced arguments of a field whose arguments use no variables: coerced once per document.</summary>
    public ArgumentValues GetStaticArguments() =>
        _staticArguments ??= ArgumentValues.Coerce(Definition, FirstNode, ArgumentCoercion.Empty);

    /// <summary>The cached grouped field set of the sub-selection for <paramref name="type"/>, or null.</summary>
    public GroupedFieldSet? GetSubfields(ObjectType type)
    {
        for (var entry = _subfields; entry is not null; entry = entry.Next)
        {
            if (ReferenceEquals(entry.Type, type))
            {
                return entry.Fields;
            }
        }

        return null;
    }

    /// <summary>Publishes a sub-selection's grouped field set; racing writers may both compute, either result is valid.</summary>
    public void AddSubfields(ObjectType type, GroupedFieldSet fields) =>
        _subfields = new SubfieldEntry(type, fields, _subfields);

    private static bool UsesVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (ValueUsesVariables(arguments[i].Value))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool ValueUsesVariables(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ValueUsesVariables),
        ObjectValueNode obj => obj.Fields.Any(f => ValueUsesVariables(f.Value)),
        _ => false,
    };

    private sealed class SubfieldEntry(ObjectType type, GroupedFieldSet fields, SubfieldEntry? next)
    {
        public ObjectType Type { get; } = type;

        public GroupedFieldSet Fields { get; } = fields;

        public SubfieldEntry? Next { get; } = next;
    }
}

/// <summary>The outcome of spec §6.4.1 CoerceArgumentValues for one field: the values, or the error.</summary>
internal sealed class ArgumentValues(IReadOnlyDictionary<string, object?> values, InputCoercionError? error)
{
    public IReadOnlyDictionary<string, object?> Values { get; } = values;

    public InputCoercionError? Error { get; } = error;

    public static ArgumentValues Coerce(FieldDefinition definition, FieldNode node, IReadOnlyDictionary<string, object?> variables) =>
        ArgumentCoercion.TryCoerceArgumentValues(definition.Arguments, node.Arguments, variables, out var values, out var error)
            ? new ArgumentValues(values, null)
            : new ArgumentValues(ArgumentCoercion.Empty, error);
}
