using CareerPaths.GraphQL.Types.Coercion;

namespace CareerPaths.GraphQL.Types;

/// <summary>Phases 2, 4 and 5: directive definitions, default values, applied directives.</summary>
internal sealed partial class SchemaAssembler
{
    private readonly List<DirectiveDefinition> _customDirectives = [];

    private void CreateDirectiveDefinitions()
    {
        foreach (var builtIn in BuiltInDirectives.All)
        {
            _directives[builtIn.Name] = builtIn;
        }

        foreach (var config in _builder.DirectiveOrder)
        {
            if (_directives.ContainsKey(config.Name))
            {
                Error($"Directive \"@{config.Name}\" already exists in the schema. It cannot be redefined.", config.AstNode?.Name);
                continue;
            }

            var locations = new List<DirectiveLocation>();
            foreach (var name in config.Locations)
            {
                if (DirectiveLocationNames.TryParse(name, out var location))
                {
                    locations.Add(location);
                }
                else
                {
                    Error($"Unexpected directive location \"{name}\" on @{config.Name}.", config.AstNode);
                }
            }

            var directive = new DirectiveDefinition(config.Name)
            {
                Description = config.Description,
                IsRepeatable = config.IsRepeatable,
                Locations = locations,
                AstNode = config.AstNode,
            };
            directive.Arguments = config.Arguments
                .Select(a => CreateInputValue(a, $"@{config.Name}({a.Name}:)", inputContext: true))
                .Where(a => a is not null)
                .Select(a => a!)
                .ToArray();
            _directives[config.Name] = directive;
            _customDirectives.Add(directive);
        }
    }

    // Input object fields first, dependencies before dependents, so a default that leaves out a field of a
    // nested input object picks up that field's own (already coerced) default.
    private void CoerceDefaultValues()
    {
        var visited = new HashSet<InputObjectType>();
        foreach (var (_, type) in _built)
        {
            if (type is InputObjectType input)
            {
                CoerceInputObjectDefaults(input, visited);
            }
        }

        foreach (var (_, type) in _built)
        {
            if (type is ComplexType complex)
            {
                foreach (var field in complex.Fields)
                {
                    field.Arguments.ToList().ForEach(CoerceDefault);
                }
            }
        }

        foreach (var directive in _customDirectives)
        {
            directive.Arguments.ToList().ForEach(CoerceDefault);
        }
    }

    private void CoerceInputObjectDefaults(InputObjectType type, HashSet<InputObjectType> visited)
    {
        if (!visited.Add(type))
        {
            return;
        }

        foreach (var field in type.Fields)
        {
            if (field.Type.GetNamedType() is InputObjectType nested)
            {
                CoerceInputObjectDefaults(nested, visited);
            }
        }

        foreach (var field in type.Fields)
        {
            CoerceDefault(field);
        }
    }

    // Spec §6.4.1 (and September 2025 default value rules): defaults are coerced like input at build time.
    private void CoerceDefault(InputValueDefinition value)
    {
        if (!_inputValueConfigs.TryGetValue(value, out var config) || !config.HasDefaultValue)
        {
            return;
        }

        var errors = new List<InputCoercionError>();
        if (config.DefaultLiteral is { } literal)
        {
            value.DefaultValueLiteral = literal;
            if (LiteralCoercion.TryCoerceInputLiteral(literal, value.Type, null, out var coerced))
            {
                value.DefaultValue = coerced;
                return;
            }

            LiteralValidation.ValidateInputLiteral(literal, value.Type, errors);
        }
        else
        {
            var node = ValueToLiteral.Convert(config.DefaultValue, value.Type);
            if (InputCoercion.CoerceInputValue(config.DefaultValue, value.Type, errors, out var coerced) && node is not null)
            {
                value.DefaultValueLiteral = node;
                value.DefaultValue = coerced;
                return;
            }

            value.DefaultValueLiteral = node ?? LiteralBuilder.Null();
        }

        if (errors.Count == 0)
        {
            Error($"{value} has invalid default value: {ValueInspector.Inspect(config.DefaultValue)}.", value.AstNode?.DefaultValue);
        }

        foreach (var error in errors)
        {
            Error($"{value} has invalid default value{error.PathSuffix}: {error.Message}", error.Node ?? value.AstNode?.DefaultValue);
        }
    }
}
