using System.Collections.Frozen;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>A directive definition (spec §3.13): built-in (<c>@skip</c>, <c>@include</c>…) or custom.</summary>
public sealed class DirectiveDefinition
{
    private IReadOnlyList<InputValueDefinition> _arguments = [];
    private FrozenDictionary<string, InputValueDefinition> _argumentsByName =
        FrozenDictionary<string, InputValueDefinition>.Empty;
    private int _locationMask;
    private IReadOnlyList<DirectiveLocation> _locations = [];

    internal DirectiveDefinition(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public bool IsRepeatable { get; internal set; }

    public IReadOnlyList<DirectiveLocation> Locations
    {
        get => _locations;
        internal set
        {
            _locations = value;
            _locationMask = 0;
            foreach (var location in value)
            {
                _locationMask |= 1 << (int)location;
            }
        }
    }

    public IReadOnlyList<InputValueDefinition> Arguments
    {
        get => _arguments;
        internal set
        {
            _arguments = value;
            _argumentsByName = value.DistinctBy(a => a.Name).ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);
            NonDeprecatedArguments = value.Where(a => !a.IsDeprecated).ToArray();
        }
    }

    public IReadOnlyList<InputValueDefinition> NonDeprecatedArguments { get; private set; } = [];

    /// <summary>True for the directives every schema has (spec §3.13 built-in directives).</summary>
    public bool IsBuiltIn { get; internal set; }

    public DirectiveDefinitionNode? AstNode { get; internal set; }

    public bool HasLocation(DirectiveLocation location) => (_locationMask & (1 << (int)location)) != 0;

    public InputValueDefinition? GetArgument(string name) => _argumentsByName.GetValueOrDefault(name);

    public override string ToString() => "@" + Name;
}
