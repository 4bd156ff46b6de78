using System.Collections.Frozen;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types.Coercion;

namespace CareerPaths.GraphQL.Types;

/// <summary>Phase 5: directives applied to schema elements are checked (known, allowed here, not repeated) and coerced.</summary>
internal sealed partial class SchemaAssembler
{
    private readonly Dictionary<FieldDefinition, FieldConfig> _fieldConfigs = [];

    private IReadOnlyList<AppliedDirective> _schemaApplied = [];

    private void ApplyDirectives()
    {
        _schemaApplied = Apply(_builder.SchemaDirectives, DirectiveLocation.Schema);
        foreach (var (config, type) in _built)
        {
            var location = type.Kind switch
            {
                TypeKind.Scalar => DirectiveLocation.Scalar,
                TypeKind.Object => DirectiveLocation.Object,
                TypeKind.Interface => DirectiveLocation.Interface,
                TypeKind.Union => DirectiveLocation.Union,
                TypeKind.Enum => DirectiveLocation.Enum,
                _ => DirectiveLocation.InputObject,
            };
            var applied = Apply(config.Directives, location);
            if (type is not ScalarType || config.Scalar is null)
            {
                type.AppliedDirectives = applied;
            }

            switch (type)
            {
                case ComplexType complex:
                    foreach (var field in complex.Fields)
                    {
                        var fieldConfig = _fieldConfigs[field];
                        field.AppliedDirectives = Apply(fieldConfig.Directives, DirectiveLocation.FieldDefinition);
                        ApplyToInputValues(field.Arguments, DirectiveLocation.ArgumentDefinition);
                    }

                    break;
                case EnumType enumType:
                    foreach (var value in enumType.Values)
                    {
                        value.AppliedDirectives = Apply(config.Values.First(v => v.Name == value.Name).Directives, DirectiveLocation.EnumValue);
                    }

                    break;
                case InputObjectType input:
                    ApplyToInputValues(input.Fields, DirectiveLocation.InputFieldDefinition);
                    break;
            }
        }

        foreach (var directive in _customDirectives)
        {
            ApplyToInputValues(directive.Arguments, DirectiveLocation.ArgumentDefinition);
        }
    }

    private void ApplyToInputValues(IReadOnlyList<InputValueDefinition> values, DirectiveLocation location)
    {
        foreach (var value in values)
        {
            value.AppliedDirectives = Apply(_inputValueConfigs[value].Directives, location);
        }
    }

    private AppliedDirective[] Apply(IReadOnlyList<DirectiveNode> nodes, DirectiveLocation location)
    {
        if (nodes.Count == 0)
        {
            return [];
        }

        var result = new List<AppliedDirective>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var name = node.Name.Value;
            if (!_directives.TryGetValue(name, out var definition))
            {
                Error($"Unknown directive \"@{name}\".", node);
                continue;
            }

            if (!definition.HasLocation(location))
            {
                Error($"Directive \"@{name}\" may not be used on {DirectiveLocationNames.ToName(location)}.", node);
                continue;
            }

            if (!seen.Add(name) && !definition.IsRepeatable)
            {
                Error($"The directive \"@{name}\" can only be used once at this location.", node);
                continue;
            }

            var arguments = CoerceDirectiveArguments(definition, node);
            if (arguments is not null)
            {
                result.Add(new AppliedDirective(definition, arguments, node));
            }
        }

        return result.ToArray();
    }

    private IReadOnlyDictionary<string, object?>? CoerceDirectiveArguments(DirectiveDefinition definition, DirectiveNode node)
    {
        var valid = true;
        foreach (var argument in node.Arguments)
        {
            if (definition.GetArgument(argument.Name.Value) is null)
            {
                Error($"Unknown argument \"{argument.Name.Value}\" on directive \"@{definition.Name}\".", argument);
                valid = false;
            }
        }

        foreach (var argumentDefinition in definition.Arguments)
        {
            if (argumentDefinition.IsRequired && node.Arguments.All(a => a.Name.Value != argumentDefinition.Name))
            {
                Error($"Argument \"@{definition.Name}({argumentDefinition.Name}:)\" of type \"{argumentDefinition.Type}\" is required, but it was not provided.", node);
                valid = false;
            }
        }

        if (!valid)
        {
            return null;
        }

        if (!ArgumentCoercion.TryCoerceArgumentValues(definition.Arguments, node.Arguments, null, out var values, out var error))
        {
            Error(error!.Message, error.Node ?? node);
            return null;
        }

        return values.Count == 0 ? FrozenDictionary<string, object?>.Empty : values;
    }
}
