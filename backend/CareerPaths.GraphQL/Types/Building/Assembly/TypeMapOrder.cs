namespace CareerPaths.GraphQL.Types;

/// <summary>
/// The order of a schema's type map, as graphql-js builds it: defined types in definition order, each
/// followed by the not-yet-seen types it references (built-in scalars), then the types referenced by the
/// roots and directives, then the introspection types. Introspection results then match graphql-js's.
/// </summary>
internal static class TypeMapOrder
{
    public static List<NamedType> Collect(IReadOnlyList<NamedType> defined, IEnumerable<NamedType> roots, IEnumerable<DirectiveDefinition> directives, NamedType introspectionRoot)
    {
        var result = new List<NamedType>();
        var seen = new HashSet<NamedType>(defined);
        foreach (var type in defined)
        {
            result.Add(type);
            CollectReferenced(type, seen, result);
        }

        foreach (var root in roots)
        {
            Add(root, seen, result);
        }

        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Add(argument.Type.GetNamedType(), seen, result);
            }
        }

        Add(introspectionRoot, seen, result);
        return result;
    }

    private static void Add(NamedType type, HashSet<NamedType> seen, List<NamedType> result)
    {
        if (seen.Add(type))
        {
            result.Add(type);
            CollectReferenced(type, seen, result);
        }
    }

    private static void CollectReferenced(NamedType type, HashSet<NamedType> seen, List<NamedType> result)
    {
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Add(member, seen, result);
                }

                break;
            case ComplexType complex:
                foreach (var iface in complex.Interfaces)
                {
                    Add(iface, seen, result);
                }

                foreach (var field in complex.Fields)
                {
                    Add(field.Type.GetNamedType(), seen, result);
                    foreach (var argument in field.Arguments)
                    {
                        Add(argument.Type.GetNamedType(), seen, result);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Add(field.Type.GetNamedType(), seen, result);
                }

                break;
        }
    }
}
