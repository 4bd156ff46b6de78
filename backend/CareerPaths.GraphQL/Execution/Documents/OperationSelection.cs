using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Execution.Documents;

/// <summary>Spec §6.1 GetOperation: the operation to run, by name or the only one; graphql-js's messages.</summary>
internal static class OperationSelection
{
    public static OperationDefinitionNode? GetOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        error = null;
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    error = Error("Must provide operation name if query contains multiple operations.");
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                found = operation;
            }
        }

        if (found is null)
        {
            error = Error(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".");
        }

        return found;
    }

    private static GraphQLError Error(string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.OperationNotFound });
}
