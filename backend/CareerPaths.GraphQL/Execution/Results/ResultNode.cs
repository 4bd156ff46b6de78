using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Execution;

/// <summary>
/// An object or list of the response tree (spec §7.1.1 "data"). Every node knows its place in its parent, so
/// the executor never builds a path per field: a path is computed from the tree only when an error needs one.
/// </summary>
public abstract class ResultNode
{
    private protected ResultNode(ResultNode? parent, int parentIndex)
    {
        Parent = parent;
        ParentIndex = parentIndex;
    }

    /// <summary>The object or list holding this node; null for the root object.</summary>
    internal ResultNode? Parent { get; }

    /// <summary>The field position (objects) or item index (lists) of this node in its parent.</summary>
    internal int ParentIndex { get; }

    /// <summary>Set when a null propagated through this node: whatever still completes inside it is discarded.</summary>
    internal bool IsDead { get; set; }

    internal abstract void SetValue(int index, object? value);

    internal abstract object? GetValue(int index);

    /// <summary>The declared type of the value at <paramref name="index"/>.</summary>
    internal abstract GraphQLType PositionType(int index);

    /// <summary>The response key (objects) or the index (lists) of <paramref name="index"/>, as an error path step.</summary>
    internal abstract object PathStep(int index);

    /// <summary>True when this node or one of its ancestors was nulled.</summary>
    internal bool IsInDeadSubtree()
    {
        for (var node = this; node is not null; node = node.Parent)
        {
            if (node.IsDead)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The error path of the value at <paramref name="index"/> (keys and indices from the root).</summary>
    internal object[] PathTo(int index)
    {
        var depth = 1;
        for (var node = this; node.Parent is not null; node = node.Parent)
        {
            depth++;
        }

        var path = new object[depth];
        path[--depth] = PathStep(index);
        for (var node = this; node.Parent is not null; node = node.Parent)
        {
            path[--depth] = node.Parent.PathStep(node.ParentIndex);
        }

        return path;
    }

    /// <summary>The same path as a <see cref="ResponsePath"/>, for resolver contexts.</summary>
    internal ResponsePath ResponsePathTo(int index)
    {
        var steps = PathTo(index);
        var path = ResponsePath.Root((string)steps[0]);
        for (var i = 1; i < steps.Length; i++)
        {
            path = steps[i] is int item ? path.Append(item) : path.Append((string)steps[i]);
        }

        return path;
    }
}
