using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Types.Coercion;

namespace CareerPaths.GraphQL.Execution.Documents;

/// <summary>
/// graphql-js reports a OneOf input object's "exactly one non-null field" violation even when the same
/// object also has other problems (an unknown field, say); <see cref="InputCoercion"/> stops at the first
/// kind. This adds the OneOf violations it left out, so variable errors match graphql-js one for one.
/// </summary>
internal static class OneOfViolations
{
    public static void AddMissing(object? value, GraphQLType type, List<InputCoercionError> problems) =>
        Visit(value, type, [], problems);

    private static void Visit(object? value, GraphQLType type, List<object> path, List<InputCoercionError> problems)
    {
        if (value is null || ExternalValue.IsNull(value) || ExternalValue.IsUndefined(value))
        {
            return;
        }

        switch (type)
        {
            case NonNullType nonNull:
                Visit(value, nonNull.OfType, path, problems);
                return;
            case ListType list when ExternalValue.IsList(value):
                var index = 0;
                foreach (var item in ExternalValue.Items(value))
                {
                    path.Add(index++);
                    Visit(item, list.OfType, path, problems);
                    path.RemoveAt(path.Count - 1);
                }

                return;
            case ListType list:
                Visit(value, list.OfType, path, problems);
                return;
            case InputObjectType inputObject when ExternalValue.IsObject(value):
                VisitObject(value, inputObject, path, problems);
                return;
        }
    }

    private static void VisitObject(object value, InputObjectType type, List<object> path, List<InputCoercionError> problems)
    {
        foreach (var field in type.Fields)
        {
            if (ExternalValue.TryGetField(value, field.Name, out var fieldValue))
            {
                path.Add(field.Name);
                Visit(fieldValue, field.Type, path, problems);
                path.RemoveAt(path.Count - 1);
            }
        }

        if (!type.IsOneOf)
        {
            return;
        }

        var known = ExternalValue.FieldNames(value).Where(name => type.GetField(name) is not null).ToList();
        if (known.Count != 1)
        {
            AddOnce(problems, type, [.. path]);
        }

        if (known.Count > 0 && ExternalValue.TryGetField(value, known[0], out var first) && ExternalValue.IsNull(first))
        {
            AddOnce(problems, type, [.. path, known[0]]);
        }
    }

    private static void AddOnce(List<InputCoercionError> problems, InputObjectType type, object[] path)
    {
        foreach (var problem in problems)
        {
            if (problem.Message.StartsWith("Within OneOf", StringComparison.Ordinal) && problem.Path.SequenceEqual(path))
            {
                return;
            }
        }

        problems.Add(new InputCoercionError(
            $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.", path, null));
    }
}
