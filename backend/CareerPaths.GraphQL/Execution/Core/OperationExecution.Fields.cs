using CareerPaths.GraphQL.Execution.Planning;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Execution.Core;

internal sealed partial class OperationExecution
{
    // Spec §6.3 ExecuteSelectionSet (normal, "parallel" order): fields in order, synchronous work first; a field
    // that nulls this object stops the rest, as graphql-js does.
    private void ExecuteSelectionSet(ResultMap target, object? source)
    {
        for (var i = 0; i < target.Count; i++)
        {
            ExecuteField(target, target.FieldAt(i), source);
            if (target.IsDead)
            {
                return;
            }
        }
    }

    // Spec §6.4 ExecuteField; the authorization hook runs before the resolver (root fields also carry the
    // policies of the root type, since no object of that type is completed above them).
    private void ExecuteField(ResultMap parent, CollectedField field, object? source)
    {
        var policies = parent.Parent is null ? field.RootPolicies : field.Definition.AuthorizationPolicies;
        if (policies.Count > 0)
        {
            switch (Authorize(parent, field.Index, field, policies, field.Definition, out var pending))
            {
                case AuthorizationOutcome.Denied:
                    return;
                case AuthorizationOutcome.Pending:
                    new AuthorizationStep(this, parent, field.Index, field, source, null, pending).Start();
                    return;
            }
        }

        ResolveField(parent, field, source);
    }

    // Spec §6.4.1 CoerceArgumentValues, §6.4.2 ResolveFieldValue, then §6.4.3 CompleteValue.
    private void ResolveField(ResultMap parent, CollectedField field, object? source)
    {
        var definition = field.Definition;
        var arguments = definition.Arguments.Count == 0 ? null : GetArguments(field);
        if (arguments?.Error is { } argumentError)
        {
            ArgumentError(parent, field, argumentError);
            return;
        }

        var resolver = definition.Resolver;
        object? value;
        switch (resolver.Kind)
        {
            case ResolverKind.Source:
                try
                {
                    value = resolver.SourceResolver!(source);
                }
                catch (Exception e)
                {
                    ResolverError(parent, field.Index, field, e);
                    return;
                }

                CompleteValue(parent, field.Index, definition.Type, field, value, null);
                return;

            case ResolverKind.Sync:
                var context = RentContext(parent, field, source, arguments?.Values ?? ArgumentValuesEmpty);
                try
                {
                    value = resolver.SyncResolver!(context);
                }
                catch (Exception e)
                {
                    ReturnContext(context);
                    ResolverError(parent, field.Index, field, e);
                    return;
                }

                CompleteValue(parent, field.Index, definition.Type, field, value, context);
                ReturnContext(context);
                return;

            default:
                ResolveAsync(parent, field, source, arguments?.Values ?? ArgumentValuesEmpty);
                return;
        }
    }

    private static IReadOnlyDictionary<string, object?> ArgumentValuesEmpty => Types.Coercion.ArgumentCoercion.Empty;

    private void ResolveAsync(ResultMap parent, CollectedField field, object? source, IReadOnlyDictionary<string, object?> arguments)
    {
        // An asynchronous resolver may keep its context after returning, so it gets its own.
        var context = new ResolverContext(this);
        context.Initialize(parent, field, source, arguments);
        ValueTask<object?> pending;
        try
        {
            pending = field.Definition.Resolver.AsyncResolver!(context);
        }
        catch (Exception e)
        {
            ResolverError(parent, field.Index, field, e);
            return;
        }

        if (!pending.IsCompleted)
        {
            parent.SetValue(field.Index, PendingValue.Instance);
            Loop.BeginAsync();
            new ResolvedFieldStep(this, parent, field, context, pending).Start();
            return;
        }

        object? value;
        try
        {
            value = pending.GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            ResolverError(parent, field.Index, field, e);
            return;
        }

        CompleteValue(parent, field.Index, field.Definition.Type, field, value, context);
    }

    /// <summary>Runs the rest of an asynchronous field on the loop once its resolver finished.</summary>
    private sealed class ResolvedFieldStep(OperationExecution execution, ResultMap parent, CollectedField field, ResolverContext context, ValueTask<object?> pending)
        : IWorkItem
    {
        public void Start() => pending.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() => execution.Loop.Post(this));

        public void Run()
        {
            execution.Loop.EndAsync();
            object? value;
            try
            {
                value = pending.GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                if (!execution.IsCancelledByTimeout(e))
                {
                    execution.ResolverError(parent, field.Index, field, e);
                }

                return;
            }

            if (!parent.IsInDeadSubtree())
            {
                execution.CompleteValue(parent, field.Index, field.Definition.Type, field, value, context);
            }
        }
    }
}

/// <summary>Marks a position whose asynchronous work has not finished (what a timeout nulls).</summary>
internal sealed class PendingValue
{
    public static readonly PendingValue Instance = new();

    private PendingValue()
    {
    }
}
