using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.5.1.2 Fragment Spread Type Existence
/// <summary>
/// Every type named in the document exists: type conditions, and variable types (spec §5.8.2), as graphql-js's
/// KnownTypeNamesRule checks. Types defined in the document count, and type-system definitions may name the
/// built-in scalars and introspection types even where the schema has not kept them.
/// </summary>
public sealed class FragmentSpreadTypeExistence() : ValidationRule([SyntaxKind.NamedType])
{
    private static readonly HashSet<string> StandardTypeNames = new(
        ["Int", "Float", "String", "Boolean", "ID", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
        StringComparer.Ordinal);

    private HashSet<string>? _documentTypes;

    public override ValidationRule ForDocument(ValidationContext context) => new FragmentSpreadTypeExistence();

    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        var name = ((NamedTypeNode)node).Name.Value;
        if (context.Schema.GetType(name) is not null || DocumentTypes(context.Document).Contains(name))
        {
            return;
        }

        var inTypeSystem = context.CurrentDefinition is not ExecutableDefinitionNode;
        if (inTypeSystem && StandardTypeNames.Contains(name))
        {
            return;
        }

        var hint = string.Empty;
        if (context.IncludeSuggestions)
        {
            var candidates = context.Schema.Types.Select(t => t.Name).Concat(DocumentTypes(context.Document));
            hint = context.DidYouMean(name, inTypeSystem ? StandardTypeNames.Concat(candidates).Distinct() : candidates.Distinct());
        }

        context.ReportError($"Unknown type \"{name}\".{hint}", node);
    }

    private HashSet<string> DocumentTypes(DocumentNode document) =>
        _documentTypes ??= document.Definitions.OfType<TypeDefinitionNode>().Select(t => t.Name.Value).ToHashSet(StringComparer.Ordinal);
}
