using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Validation;

/// <summary>
/// What a rule sees while the document is walked: the schema, the types in scope (graphql-js
/// <c>ValidationContext</c> over <c>TypeInfo</c>), the path of nodes to the current one, fragment and variable
/// facts computed once per document, and the error sink.
/// </summary>
public sealed partial class ValidationContext
{
    private readonly TypeInfo _typeInfo;
    private readonly List<GraphQLError> _errors;
    private readonly List<SyntaxNode> _path = [];
    private DocumentDirectives? _directives;

    internal ValidationContext(Schema schema, DocumentNode document, ValidationOptions options, List<GraphQLError> errors)
    {
        Schema = schema;
        Document = document;
        Options = options;
        _errors = errors;
        _typeInfo = new TypeInfo(schema);
        Fragments = new FragmentTable(document);
        var operations = new List<OperationDefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                operations.Add(operation);
            }
        }

        Operations = operations;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public ValidationOptions Options { get; }

    public bool IncludeSuggestions => Options.IncludeSuggestions;

    /// <summary>Every operation of the document, in order.</summary>
    public IReadOnlyList<OperationDefinitionNode> Operations { get; }

    /// <summary>The output type of the current field, operation or fragment (null when unknown).</summary>
    public GraphQLType? Type => _typeInfo.Type;

    /// <summary>The composite type of the selection set being read.</summary>
    public NamedType? ParentType => _typeInfo.ParentType;

    public FieldDefinition? FieldDefinition => _typeInfo.FieldDefinition;

    public GraphQLType? InputType => _typeInfo.InputType;

    public GraphQLType? ParentInputType => _typeInfo.ParentInputType;

    public DirectiveDefinition? Directive => _typeInfo.Directive;

    public InputValueDefinition? Argument => _typeInfo.Argument;

    /// <summary>The top-level definition being walked.</summary>
    public DefinitionNode? CurrentDefinition { get; private set; }

    /// <summary>The node holding the current one (null at the document).</summary>
    public SyntaxNode? Parent => GetAncestor(1);

    internal TypeInfo TypeInfo => _typeInfo;

    internal FragmentTable Fragments { get; }

    internal DocumentDirectives Directives => _directives ??= DocumentDirectives.For(Schema, Document);

    /// <summary>The node <paramref name="levels"/> above the current one (0 is the current node).</summary>
    public SyntaxNode? GetAncestor(int levels) => levels < _path.Count ? _path[_path.Count - 1 - levels] : null;

    /// <summary>The fragment of that name (the last one, if the name is defined twice), or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name) => Fragments.Get(name);

    /// <summary>Reports a spec validation error located at <paramref name="nodes"/>.</summary>
    public void ReportError(string message, params ReadOnlySpan<SyntaxNode> nodes)
    {
        var locations = new ErrorLocation[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            locations[i] = ErrorLocation.Of(nodes[i]);
        }

        ReportError(new GraphQLError(message, locations, extensions: ValidationErrors.FailedExtensions));
    }

    public void ReportError(GraphQLError error)
    {
        if (_errors.Count >= Options.MaxErrors)
        {
            throw new ValidationAbortedException(ValidationErrors.TooMany());
        }

        _errors.Add(error);
    }

    /// <summary>" Did you mean …?" for the closest of <paramref name="options"/>, or "" (also when suggestions are off).</summary>
    public string DidYouMean(string input, IEnumerable<string> options) =>
        IncludeSuggestions ? Suggestions.DidYouMean(Suggestions.List(input, options)) : string.Empty;

    internal void Push(SyntaxNode node)
    {
        _path.Add(node);
        if (_path.Count == 2)
        {
            CurrentDefinition = (DefinitionNode)node;
        }
    }

    internal void Pop() => _path.RemoveAt(_path.Count - 1);
}
