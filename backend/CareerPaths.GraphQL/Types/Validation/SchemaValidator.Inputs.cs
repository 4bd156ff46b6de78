namespace CareerPaths.GraphQL.Types;

/// <summary>Spec §3.8–§3.10 type validation: unions, enums, input objects (OneOf, finite values).</summary>
internal sealed partial class SchemaValidator
{
    private void ValidateUnionMembers(UnionType union)
    {
        if (union.Types.Count == 0)
        {
            Report($"Union type {union.Name} must define one or more member types.", [union.AstNode, .. union.ExtensionAstNodes]);
        }

        var seen = new HashSet<ObjectType>();
        foreach (var member in union.Types)
        {
            if (!seen.Add(member))
            {
                Report($"Union type {union.Name} can only include type {member.Name} once.", union.AstNode);
            }
        }
    }

    private void ValidateEnumValues(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            Report($"Enum type {enumType.Name} must define one or more values.", [enumType.AstNode, .. enumType.ExtensionAstNodes]);
        }

        foreach (var value in enumType.Values)
        {
            if (value.Name is "true" or "false" or "null")
            {
                Report($"Enum type {enumType.Name} cannot include value: {value.Name}.", value.AstNode);
                continue;
            }

            ValidateName(value.Name, value.AstNode?.Name);
        }
    }

    private void ValidateInputFields(InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            Report($"Input Object type {input.Name} must define one or more fields.", [input.AstNode, .. input.ExtensionAstNodes]);
        }

        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, field.AstNode?.Name);
            if (!field.Type.IsInputType)
            {
                Report($"The type of {field} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                Report($"Required input field {field} cannot be deprecated.", DeprecatedNode(field.AstNode?.Directives), field.AstNode?.Type);
            }

            // Spec §3.10.1 OneOf Input Objects: every field nullable, none with a default.
            if (input.IsOneOf && field.Type is NonNullType)
            {
                Report($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
            }

            if (input.IsOneOf && field.HasDefaultValue)
            {
                Report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.AstNode);
            }
        }
    }

    // Spec §3.10 Circular References: an input object must admit a finite value. A plain input object has one
    // when every non-null input object field has; a OneOf when any field can be set to something finite.
    private void ValidateInputObjectsHaveFiniteValues()
    {
        var inputs = schema.Types.OfType<InputObjectType>().ToArray();
        var finite = new HashSet<InputObjectType>();
        bool changed;
        do
        {
            changed = false;
            foreach (var input in inputs)
            {
                if (!finite.Contains(input) && HasFiniteValue(input, finite))
                {
                    finite.Add(input);
                    changed = true;
                }
            }
        }
        while (changed);

        var reported = new HashSet<InputObjectType>();
        foreach (var input in inputs.Where(i => !finite.Contains(i)))
        {
            ReportCycle(input, finite, reported);
        }
    }

    private static bool HasFiniteValue(InputObjectType input, HashSet<InputObjectType> finite)
    {
        if (input.IsOneOf)
        {
            return input.Fields.Count == 0 || input.Fields.Any(f => f.Type is not InputObjectType target || finite.Contains(target));
        }

        return input.Fields.All(f => f.Type is not NonNullType { OfType: InputObjectType target } || finite.Contains(target));
    }

    private static InputObjectType? CycleTarget(InputObjectType input, InputValueDefinition field) => input.IsOneOf
        ? field.Type as InputObjectType
        : field.Type is NonNullType { OfType: InputObjectType target } ? target : null;

    private void ReportCycle(InputObjectType start, HashSet<InputObjectType> finite, HashSet<InputObjectType> reported)
    {
        // Follow the fields that keep the value infinite until a type repeats, and report that loop once.
        var path = new List<(InputObjectType Type, InputValueDefinition Field)>();
        var current = start;
        while (true)
        {
            var index = path.FindIndex(p => p.Type == current);
            if (index >= 0)
            {
                var cycle = path.Skip(index).ToArray();
                if (cycle.Any(c => reported.Contains(c.Type)))
                {
                    return;
                }

                foreach (var (type, _) in cycle)
                {
                    reported.Add(type);
                }

                var fields = string.Join(", ", cycle.Select(c => $"{c.Type.Name}.{c.Field.Name}"));
                Report($"Input Object {current.Name} cannot be provided a finite value because it references itself through fields: {fields}.", cycle.Select(c => c.Field.AstNode).ToArray());
                return;
            }

            var next = current.Fields
                .Select(f => (Field: f, Target: CycleTarget(current, f)))
                .FirstOrDefault(f => f.Target is not null && !finite.Contains(f.Target));
            if (next.Target is null)
            {
                return;
            }

            path.Add((current, next.Field));
            current = next.Target;
        }
    }
}
