using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.5.2.2 Fragment Spreads Must Not Form Cycles
/// <summary>
/// No fragment may spread itself, directly or through others. A depth-first search from each fragment in
/// document order, with an explicit stack (a cycle of 500 fragments does not recurse 500 deep); every
/// fragment is searched from once, and each cycle found is reported with all its spreads, as graphql-js does.
/// </summary>
public sealed class FragmentSpreadsMustNotFormCycles() : ValidationRule([SyntaxKind.FragmentDefinition])
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _stack = new();

    public override ValidationRule ForDocument(ValidationContext context) => new FragmentSpreadsMustNotFormCycles();

    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        var fragment = (FragmentDefinitionNode)node;
        if (!_visited.Contains(fragment.Name.Value))
        {
            Search(context, fragment);
        }
    }

    private void Search(ValidationContext context, FragmentDefinitionNode start)
    {
        var spreadPath = _spreadPath;
        var pathIndexByName = _pathIndexByName;
        var stack = _stack;
        Open(start);
        while (stack.TryPeek(out var frame))
        {
            if (frame.Next == frame.Spreads.Count)
            {
                stack.Pop();
                pathIndexByName.Remove(frame.Name);
                if (stack.Count > 0)
                {
                    spreadPath.RemoveAt(spreadPath.Count - 1);
                }

                continue;
            }

            var spread = frame.Spreads[frame.Next++];
            spreadPath.Add(spread);
            if (pathIndexByName.TryGetValue(spread.Name.Value, out var cycleStart))
            {
                Report(context, spread.Name.Value, spreadPath.GetRange(cycleStart, spreadPath.Count - cycleStart));
                spreadPath.RemoveAt(spreadPath.Count - 1);
            }
            else if (context.GetFragment(spread.Name.Value) is not { } target || !Open(target))
            {
                spreadPath.RemoveAt(spreadPath.Count - 1);
            }
        }

        // Marks a fragment visited and pushes its spreads; false when there is nothing to follow.
        bool Open(FragmentDefinitionNode fragment)
        {
            var name = fragment.Name.Value;
            if (!_visited.Add(name))
            {
                return false;
            }

            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return false;
            }

            pathIndexByName[name] = spreadPath.Count;
            stack.Push(new Frame(name, spreads));
            return true;
        }
    }

    private static void Report(ValidationContext context, string name, List<FragmentSpreadNode> cycle)
    {
        var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => $"\"{s.Name.Value}\""));
        var message = $"Cannot spread fragment \"{name}\" within itself" + (via.Length > 0 ? $" via {via}." : ".");
        context.ReportError(message, [.. cycle]);
    }

    private sealed class Frame(string name, IReadOnlyList<FragmentSpreadNode> spreads)
    {
        public string Name { get; } = name;

        public IReadOnlyList<FragmentSpreadNode> Spreads { get; } = spreads;

        public int Next { get; set; }
    }
}
