using System.Runtime.CompilerServices;
using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Validation;

/// <summary>
/// The directives a document may use: the schema's, overridden by directive definitions written in the
/// document itself (graphql-js's directive rules honour those too). The schema's part is built once per schema.
/// </summary>
internal sealed class DocumentDirectives
{
    private static readonly ConditionalWeakTable<Schema, Dictionary<string, KnownDirective>> BySchema = [];

    private readonly Dictionary<string, KnownDirective> _schema;
    private readonly Dictionary<string, KnownDirective>? _document;

    private DocumentDirectives(Dictionary<string, KnownDirective> schema, Dictionary<string, KnownDirective>? document)
    {
        _schema = schema;
        _document = document;
    }

    public static KnownDirective? Find(ValidationContext context, string name) => context.Directives.Find(name);

    public static DocumentDirectives For(Schema schema, DocumentNode document)
    {
        var fromSchema = BySchema.GetValue(schema, static s => s.Directives.ToDictionary(d => d.Name, KnownDirective.From, StringComparer.Ordinal));
        Dictionary<string, KnownDirective>? fromDocument = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                fromDocument ??= new Dictionary<string, KnownDirective>(StringComparer.Ordinal);
                fromDocument[directive.Name.Value] = KnownDirective.From(directive);
            }
        }

        return new DocumentDirectives(fromSchema, fromDocument);
    }

    public KnownDirective? Find(string name) =>
        _document is not null && _document.TryGetValue(name, out var own) ? own : _schema.GetValueOrDefault(name);
}

/// <summary>What the directive rules need to know of one directive, however it was defined.</summary>
internal sealed class KnownDirective
{
    private readonly HashSet<string> _arguments;
    private readonly HashSet<string> _locations;

    private KnownDirective(IEnumerable<string> arguments, IEnumerable<string> locations, bool isRepeatable, List<(string Name, string Type)> required)
    {
        _arguments = new HashSet<string>(arguments, StringComparer.Ordinal);
        ArgumentNames = arguments.Distinct(StringComparer.Ordinal).ToArray();
        _locations = new HashSet<string>(locations, StringComparer.Ordinal);
        IsRepeatable = isRepeatable;
        RequiredArguments = required;
    }

    public IReadOnlyList<string> ArgumentNames { get; }

    public bool IsRepeatable { get; }

    /// <summary>Required arguments with their types as printed.</summary>
    public IReadOnlyList<(string Name, string Type)> RequiredArguments { get; }

    public bool HasArgument(string name) => _arguments.Contains(name);

    /// <summary>Whether the directive may appear at a location, given by its spec name (FIELD, QUERY…).</summary>
    public bool AllowsLocation(string location) => _locations.Contains(location);

    public static KnownDirective From(DirectiveDefinition directive) => new(
        directive.Arguments.Select(a => a.Name),
        directive.Locations.Select(DirectiveLocationNames.ToName),
        directive.IsRepeatable,
        directive.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString()!)).ToList());

    public static KnownDirective From(DirectiveDefinitionNode directive) => new(
        directive.Arguments.Select(a => a.Name.Value),
        directive.Locations.Select(l => l.Value),
        directive.IsRepeatable,
        directive.Arguments.Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
            .Select(a => (a.Name.Value, Printer.Print(a.Type))).ToList());
}
