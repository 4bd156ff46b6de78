using System.Runtime.CompilerServices;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Execution.Planning;

/// <summary>
/// What the executor derives from one validated document and schema and may reuse across requests: the
/// fragments by name and the grouped field sets (cached per selection and object type). A document whose
/// <c>@skip</c>/<c>@include</c> arguments use variables gets a fresh plan per request instead, because its
/// field collection then depends on the variable values.
/// </summary>
internal sealed class DocumentPlan
{
    private static readonly ConditionalWeakTable<DocumentNode, DocumentPlan> Shared = new();

    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private RootEntry? _roots;

    private DocumentPlan(Schema schema, DocumentNode document)
    {
        Schema = schema;
        Document = document;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        HasVariableDirectives = DirectiveVariables.AnyIn(document);
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    /// <summary>True when field collection depends on variables (a variable in <c>@skip</c>/<c>@include</c>).</summary>
    public bool HasVariableDirectives { get; }

    /// <summary>The plan to use for one request: the shared one, or a fresh one when collection depends on variables.</summary>
    public static DocumentPlan For(Schema schema, DocumentNode document)
    {
        if (Shared.TryGetValue(document, out var plan) && ReferenceEquals(plan.Schema, schema))
        {
            return plan.HasVariableDirectives ? new DocumentPlan(schema, document) : plan;
        }

        plan = new DocumentPlan(schema, document);
        if (!plan.HasVariableDirectives)
        {
            Shared.AddOrUpdate(document, plan);
        }

        return plan;
    }

    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    public GroupedFieldSet? GetRootFields(OperationDefinitionNode operation)
    {
        for (var entry = _roots; entry is not null; entry = entry.Next)
        {
            if (ReferenceEquals(entry.Operation, operation))
            {
                return entry.Fields;
            }
        }

        return null;
    }

    public void AddRootFields(OperationDefinitionNode operation, GroupedFieldSet fields) =>
        _roots = new RootEntry(operation, fields, _roots);

    private sealed class RootEntry(OperationDefinitionNode operation, GroupedFieldSet fields, RootEntry? next)
    {
        public OperationDefinitionNode Operation { get; } = operation;

        public GroupedFieldSet Fields { get; } = fields;

        public RootEntry? Next { get; } = next;
    }
}
