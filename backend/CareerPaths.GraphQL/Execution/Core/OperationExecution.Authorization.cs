using CareerPaths.GraphQL.Authorization;
using CareerPaths.GraphQL.Execution.Planning;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Execution.Core;

internal sealed partial class OperationExecution
{
    private enum AuthorizationOutcome
    {
        Allowed,
        Denied,
        Pending,
    }

    // The authorization hook: every policy of the field (or of the object type being completed) must allow.
    // A denial is a field error at that position (FORBIDDEN or UNAUTHENTICATED), and null propagates from there.
    private AuthorizationOutcome Authorize(
        ResultNode parent, int index, CollectedField field, IReadOnlyList<string> policies, ITypeSystemMember target,
        out ValueTask<AuthorizationDecision> pending)
    {
        pending = Authorization.AuthorizeAsync(policies, target);
        if (!pending.IsCompletedSuccessfully)
        {
            parent.SetValue(index, PendingValue.Instance);
            Loop.BeginAsync();
            return AuthorizationOutcome.Pending;
        }

        var decision = pending.Result;
        if (decision == AuthorizationDecision.Allowed)
        {
            return AuthorizationOutcome.Allowed;
        }

        Denied(parent, index, field, decision, target);
        return AuthorizationOutcome.Denied;
    }

    private void Denied(ResultNode parent, int index, CollectedField field, AuthorizationDecision decision, ITypeSystemMember target)
    {
        var name = target is FieldDefinition definition ? definition.Coordinate : target.Name;
        FieldError(parent, index, field, PolicyAuthorization.Message(decision, name), PolicyAuthorization.Code(decision));
    }

    /// <summary>Continues a field (or an object completion) whose policies were decided asynchronously.</summary>
    private sealed class AuthorizationStep(
        OperationExecution execution, ResultNode parent, int index, CollectedField field, object? value, ObjectType? objectType,
        ValueTask<AuthorizationDecision> pending) : IWorkItem
    {
        public void Start() => pending.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() => execution.Loop.Post(this));

        public void Run()
        {
            execution.Loop.EndAsync();
            AuthorizationDecision decision;
            try
            {
                decision = pending.GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                execution.ResolverError(parent, index, field, e);
                return;
            }

            if (parent.IsInDeadSubtree())
            {
                return;
            }

            if (decision != AuthorizationDecision.Allowed)
            {
                execution.Denied(parent, index, field, decision, objectType ?? (ITypeSystemMember)field.Definition);
            }
            else if (objectType is null)
            {
                execution.ResolveField((ResultMap)parent, field, value);
            }
            else
            {
                execution.ExecuteObject(parent, index, field, objectType, value);
            }
        }
    }
}
