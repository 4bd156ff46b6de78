using System.Globalization;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// The path of a value in the response (spec §7.1.2 "path"): response keys and list indices from the root,
/// as an immutable linked list so each step costs one small object.
/// </summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, string? key, int index)
    {
        Parent = parent;
        Key = key;
        Index = index;
        Depth = parent is null ? 1 : parent.Depth + 1;
    }

    public ResponsePath? Parent { get; }

    /// <summary>The response key, or null when this step is a list index.</summary>
    public string? Key { get; }

    public int Index { get; }

    public bool IsIndex => Key is null;

    public int Depth { get; }

    public static ResponsePath Root(string key) => new(null, key, -1);

    public ResponsePath Append(string key) => new(this, key, -1);

    public ResponsePath Append(int index) => new(this, null, index);

    /// <summary>The steps from the root: strings and boxed ints, as the error "path" entry wants.</summary>
    public object[] ToArray()
    {
        var result = new object[Depth];
        for (var step = this; step is not null; step = step.Parent)
        {
            result[step.Depth - 1] = step.Key ?? (object)step.Index;
        }

        return result;
    }

    public override string ToString() =>
        string.Join(".", ToArray().Select(s => s is int i ? i.ToString(CultureInfo.InvariantCulture) : (string)s));
}
