using System.Globalization;
using System.Text;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types.Coercion;

/// <summary>
/// Why an input value could not be coerced, and where inside the value: <see cref="Path"/> holds input
/// field names (string) and list indices (int) from the top of the value.
/// </summary>
public sealed class InputCoercionError(string message, IReadOnlyList<object> path, SyntaxNode? node)
{
    public string Message { get; } = message;

    public IReadOnlyList<object> Path { get; } = path;

    /// <summary>The literal at fault (literal coercion), or null for external values.</summary>
    public SyntaxNode? Node { get; } = node;

    /// <summary>The path as graphql-js prints it: <c> at .a[0].b</c>, or empty at the top.</summary>
    public string PathSuffix
    {
        get
        {
            if (Path.Count == 0)
            {
                return "";
            }

            var builder = new StringBuilder(" at ");
            foreach (var key in Path)
            {
                if (key is int index)
                {
                    builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
                else
                {
                    builder.Append('.').Append(key);
                }
            }

            return builder.ToString();
        }
    }

    /// <summary>"In field "a[0].b": message", or the bare message at the top of the value.</summary>
    public override string ToString()
    {
        if (Path.Count == 0)
        {
            return Message;
        }

        var path = PathSuffix[4..].TrimStart('.');
        return $"In field \"{path}\": {Message}";
    }
}

/// <summary>Collects errors and the current path while walking a value; the path exists only when collecting.</summary>
internal sealed class CoercionErrorSink(List<InputCoercionError> errors)
{
    private readonly List<object> _path = [];

    public List<InputCoercionError> Errors { get; } = errors;

    public void Push(object key) => _path.Add(key);

    public void Pop() => _path.RemoveAt(_path.Count - 1);

    public void Report(string message, SyntaxNode? node = null, object? extraKey = null)
    {
        var path = _path.ToList();
        if (extraKey is not null)
        {
            path.Add(extraKey);
        }

        Errors.Add(new InputCoercionError(message, path, node));
    }
}
