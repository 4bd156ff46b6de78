using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Merging;

/// <summary>Two sets of fields under one response key that cannot merge, and why.</summary>
internal sealed record Conflict(string ResponseKey, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2)
{
    // graphql-js caps the text and the nodes of a nested conflict.
    private const int MaxDetailLength = 1000;
    private const int MaxNodes = 20;

    public static Conflict Simple(string responseKey, string reason, FieldNode field1, FieldNode field2) =>
        new(responseKey, reason, [field1], [field2]);

    /// <summary>The conflict of two fields whose sub-selections conflict: it names every sub-conflict.</summary>
    public static Conflict? FromSubfields(List<Conflict> subConflicts, string responseKey, FieldNode field1, FieldNode field2)
    {
        if (subConflicts.Count == 0)
        {
            return null;
        }

        var reason = string.Empty;
        foreach (var sub in subConflicts)
        {
            reason += (reason.Length == 0 ? string.Empty : " and ") + $"subfields \"{Abbreviate(sub.ResponseKey)}\" conflict because {sub.Reason}";
            if (reason.Length > MaxDetailLength)
            {
                break;
            }
        }

        return new Conflict(responseKey, Abbreviate(reason), Nodes(field1, subConflicts, c => c.Fields1), Nodes(field2, subConflicts, c => c.Fields2));
    }

    public static string Abbreviate(string text) => text.Length > MaxDetailLength ? text[..MaxDetailLength] + "..." : text;

    public string Message =>
        $"Fields \"{Abbreviate(ResponseKey)}\" conflict because {Reason}. Use different aliases on the fields to fetch both if this was intentional.";

    private static List<FieldNode> Nodes(FieldNode field, List<Conflict> subConflicts, Func<Conflict, List<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { field };
        foreach (var sub in subConflicts)
        {
            var fields = side(sub);
            var keep = Math.Min(MaxNodes - nodes.Count, fields.Count);
            nodes.AddRange(fields.GetRange(fields.Count - keep, keep));
            if (nodes.Count == MaxNodes)
            {
                break;
            }
        }

        return nodes;
    }
}
