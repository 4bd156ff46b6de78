using System.Text;

namespace CareerPaths.Api.Tests.Identity.Matrix;

/// <summary>
/// The request that calls one field the way a client would — down its type's route, with the fixtures'
/// arguments, under aliases <c>p0</c>, <c>p1</c> … — and the policy-table rows its answer depends on.
/// </summary>
public sealed record Probe(ShapeField Target, string Document, IReadOnlyList<string> Path, IReadOnlyList<string> Members)
{
    public static Probe For(ShapeField target, SchemaShape shape, Routes routes, MatrixSubjects subjects)
    {
        var steps = routes.To(target.DeclaringType) ?? throw new InvalidOperationException(
            $"No route reaches {target.DeclaringType}: give a field that leads there arguments in MatrixFixtures.Arguments.");
        var root = steps.Count > 0 ? steps[0].Field.DeclaringType : target.DeclaringType;
        var members = new List<string> { root };
        foreach (var step in steps)
        {
            members.Add(step.Field.Coordinate);
            members.Add(step.ReachedType);
        }

        members.Add(target.Coordinate);
        if (target.TypeKind == "OBJECT")
        {
            members.Add(target.TypeName);
        }

        var selection = new StringBuilder($"p{steps.Count}: {target.Name}{Arguments(target, subjects)}{(target.ReturnsComposite ? " { __typename }" : "")}");
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            var step = steps[i];
            var inner = step.Field.ReturnsAbstract ? $"... on {step.ReachedType} {{ {selection} }}" : selection.ToString();
            selection.Clear().Append($"p{i}: {step.Field.Name}{Arguments(step.Field, subjects)} {{ {inner} }}");
        }

        var operation = root == shape.MutationType ? "mutation" : "query";
        return new Probe(target, $"{operation} Probe {{ {selection} }}", [.. Enumerable.Range(0, steps.Count + 1).Select(i => $"p{i}")], members);
    }

    private static string Arguments(ShapeField field, MatrixSubjects subjects)
    {
        if (MatrixFixtures.Arguments.TryGetValue(field.Coordinate, out var arguments))
        {
            return arguments(subjects);
        }

        return Routes.CanCall(field) ? "" : throw new InvalidOperationException(
            $"{field.Coordinate} has required arguments: give it a fixture in MatrixFixtures.Arguments.");
    }
}
