using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// Default values must not refer to themselves (September 2025 default value coercion): an input field whose
/// default leaves out a field that defaults back to the first would never finish coercing.
/// </summary>
internal sealed partial class SchemaValidator
{
    private static readonly ObjectValueNode EmptyObject = new(default, []);

    private void ValidateDefaultValueCycles()
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<(string Field, SyntaxNode? Node)>();
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var input in schema.Types.OfType<InputObjectType>())
        {
            DetectInLiteral(input, EmptyObject, visited, path, indexOf);
        }
    }

    private void DetectInLiteral(InputObjectType type, ValueNode value, HashSet<string> visited, List<(string Field, SyntaxNode? Node)> path, Dictionary<string, int> indexOf)
    {
        if (value is ListValueNode list)
        {
            foreach (var item in list.Values)
            {
                DetectInLiteral(type, item, visited, path, indexOf);
            }

            return;
        }

        if (value is not ObjectValueNode obj)
        {
            return;
        }

        foreach (var field in type.Fields)
        {
            if (field.Type.GetNamedType() is not InputObjectType nested)
            {
                continue;
            }

            var given = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (given is not null)
            {
                DetectInLiteral(nested, given.Value, visited, path, indexOf);
            }
            else
            {
                DetectInFieldDefault(field, nested, $"{type.Name}.{field.Name}", visited, path, indexOf);
            }
        }
    }

    private void DetectInFieldDefault(InputValueDefinition field, InputObjectType type, string fieldName, HashSet<string> visited, List<(string Field, SyntaxNode? Node)> path, Dictionary<string, int> indexOf)
    {
        if (field.DefaultValueLiteral is not { } literal)
        {
            return;
        }

        if (indexOf.TryGetValue(fieldName, out var cycleIndex))
        {
            var via = cycleIndex < path.Count ? " via the default values of: " + string.Join(", ", path.Skip(cycleIndex).Select(p => p.Field)) : "";
            Report($"Invalid circular reference. The default value of Input Object field {fieldName} references itself{via}.", path.Skip(cycleIndex - 1).Select(p => p.Node).ToArray());
            return;
        }

        if (!visited.Add(fieldName))
        {
            return;
        }

        path.Add((fieldName, field.AstNode?.DefaultValue));
        indexOf[fieldName] = path.Count;
        DetectInLiteral(type, literal, visited, path, indexOf);
        path.RemoveAt(path.Count - 1);
        indexOf.Remove(fieldName);
    }
}
