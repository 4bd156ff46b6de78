namespace CareerPaths.Api.Tests.Identity.Matrix;

/// <summary>
/// How the matrix reaches each object type from the query type: breadth-first over fields it can call (those
/// whose required arguments have fixtures), concrete fields before interface and union fields (whose fixture ids
/// name one type only), the query type before the mutation type, <see cref="MatrixFixtures.Routes"/> first of all.
/// </summary>
public sealed class Routes
{
    private readonly Dictionary<string, IReadOnlyList<RouteStep>> _routes = new(StringComparer.Ordinal);
    private readonly SchemaShape _shape;

    private Routes(SchemaShape shape) => _shape = shape;

    public static Routes Find(SchemaShape shape)
    {
        var routes = new Routes(shape);
        foreach (var root in new[] { shape.QueryType, shape.MutationType }.OfType<string>())
        {
            routes._routes.TryAdd(root, []);
            routes.Expand(root, abstractFields: false);
            routes.Expand(root, abstractFields: true);
        }

        return routes;
    }

    /// <summary>The steps to <paramref name="objectType"/> (none for a root type); null when no callable field leads there.</summary>
    public IReadOnlyList<RouteStep>? To(string objectType) => _routes.GetValueOrDefault(objectType);

    public static bool CanCall(ShapeField field) =>
        field.Arguments.All(argument => !argument.Required) || MatrixFixtures.Arguments.ContainsKey(field.Coordinate);

    private void Expand(string root, bool abstractFields)
    {
        var queue = new Queue<string>(_routes.Where(route => route.Key == root || (route.Value.Count > 0 && route.Value[0].Field.DeclaringType == root)).Select(route => route.Key));
        while (queue.TryDequeue(out var type))
        {
            foreach (var field in _shape.Objects[type].Where(CanCall))
            {
                var reached = field.TypeKind == "OBJECT" ? [field.TypeName]
                    : field.ReturnsAbstract && abstractFields ? _shape.PossibleTypes[field.TypeName]
                    : [];
                foreach (var target in reached.Where(target => !_routes.ContainsKey(target)))
                {
                    if (MatrixFixtures.Routes.TryGetValue(target, out var preferred) && preferred != field.Coordinate)
                    {
                        continue;
                    }

                    _routes[target] = [.. _routes[type], new RouteStep(field, target)];
                    queue.Enqueue(target);
                }
            }
        }
    }
}
