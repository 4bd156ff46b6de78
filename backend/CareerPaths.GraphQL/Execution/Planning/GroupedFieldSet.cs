using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Execution.Planning;

/// <summary>
/// The result of spec §6.3.2 CollectFields for one object type: the fields to execute in response-key order.
/// Shared by every object of that type at that place in the query, so its arrays are never mutated.
/// </summary>
internal sealed class GroupedFieldSet(ObjectType type, CollectedField[] fields)
{
    public ObjectType Type { get; } = type;

    public CollectedField[] Fields { get; } = fields;

    public int Count => Fields.Length;
}
