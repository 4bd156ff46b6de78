using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Execution.Planning;
using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Types.Coercion;

namespace CareerPaths.GraphQL.Execution.Core;

internal sealed partial class OperationExecution
{
    private const string MaskedMessage = "Unexpected error.";

    /// <summary>
    /// Raises a field error at parent[index], located at every occurrence of the field. Without a code it is
    /// the server's fault (a resolver broke the schema's contract): INTERNAL_SERVER_ERROR.
    /// </summary>
    private void FieldError(ResultNode parent, int index, CollectedField field, string message, string code = ErrorCodes.InternalError)
    {
        if (parent.IsInDeadSubtree())
        {
            return;
        }

        var error = new GraphQLError(message, field.Locations, parent.PathTo(index), Coded(code));
        HandleFieldError(parent, index, error);
    }

    private void ArgumentError(ResultMap parent, CollectedField field, InputCoercionError error)
    {
        if (parent.IsInDeadSubtree())
        {
            return;
        }

        IReadOnlyList<ErrorLocation> locations = error.Node is { } node ? [ErrorLocation.Of(node)] : field.Locations;
        var graphQLError = new GraphQLError(error.Message, locations, parent.PathTo(field.Index), Coded(ErrorCodes.BadUserInput));
        HandleFieldError(parent, field.Index, graphQLError);
    }

    /// <summary>A resolver (or type resolver, or policy evaluator) threw: mask the message unless it is meant for clients.</summary>
    private void ResolverError(ResultNode parent, int index, CollectedField field, Exception exception)
    {
        if (parent.IsInDeadSubtree())
        {
            return;
        }

        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            exception = aggregate.InnerExceptions[0];
        }

        GraphQLError error;
        if (exception is GraphQLException deliberate)
        {
            var extensions = deliberate.Extensions is null ? Coded(deliberate.Code) : WithCode(deliberate.Extensions, deliberate.Code);
            error = new GraphQLError(deliberate.Message, field.Locations, parent.PathTo(index), extensions);
        }
        else
        {
            var message = Options.ExposeExceptionMessages ? exception.Message : MaskedMessage;
            error = new GraphQLError(message, field.Locations, parent.PathTo(index), Coded(ErrorCodes.InternalError));
        }

        Options.OnResolverException?.Invoke(exception, error);
        HandleFieldError(parent, index, error);
    }

    // Spec §6.4.4 Handling Execution Errors: the error nulls the nearest nullable position at or above it. As in
    // graphql-js, an error arriving from inside a subtree that was nulled before is discarded.
    private void HandleFieldError(ResultNode node, int index, GraphQLError error)
    {
        var position = NullPosition(node, index);
        if (position is not null)
        {
            _errors.Add(error);
        }
    }

    /// <summary>Nulls parent[index] with null propagation; returns the node whose slot was nulled (the root when data is null).</summary>
    private static ResultNode? NullPosition(ResultNode node, int index)
    {
        if (node.IsInDeadSubtree())
        {
            return null;
        }

        while (node.PositionType(index) is NonNullType)
        {
            node.IsDead = true;
            if (node.Parent is null)
            {
                return node;
            }

            index = node.ParentIndex;
            node = node.Parent;
        }

        if (node.GetValue(index) is ResultNode child)
        {
            child.IsDead = true;
        }

        node.SetValue(index, null);
        return node;
    }

    /// <summary>
    /// The execution timed out: every position still waiting for asynchronous work becomes null (with null
    /// propagation), and one EXECUTION_TIMEOUT error without a path says why.
    /// </summary>
    private void TimedOut(ResultMap data)
    {
        var pending = new List<(ResultNode Node, int Index)>();
        FindPending(data, pending);
        foreach (var (node, index) in pending)
        {
            NullPosition(node, index);
        }

        var limit = Options.Timeout is { } timeout ? $" after {timeout.TotalMilliseconds:0} ms" : "";
        _errors.Add(new GraphQLError($"The execution timed out{limit}.", extensions: Coded(ErrorCodes.Timeout)));
    }

    private static void FindPending(ResultNode node, List<(ResultNode, int)> pending)
    {
        var count = node is ResultMap map ? map.Count : ((ResultList)node).Count;
        for (var i = 0; i < count; i++)
        {
            switch (node.GetValue(i))
            {
                case PendingValue:
                    pending.Add((node, i));
                    break;
                case ResultNode child:
                    FindPending(child, pending);
                    break;
            }
        }
    }

    private static Dictionary<string, object?>? Coded(string? code) =>
        code is null ? null : new Dictionary<string, object?>(1, StringComparer.Ordinal) { ["code"] = code };

    private static Dictionary<string, object?> WithCode(IReadOnlyDictionary<string, object?> extensions, string? code)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (code is not null)
        {
            result["code"] = code;
        }

        foreach (var (key, value) in extensions)
        {
            result.TryAdd(key, value);
        }

        return result;
    }
}
