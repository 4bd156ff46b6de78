using System.Collections;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Validation.Limits;

namespace CareerPaths.GraphQL.Validation;

/// <summary>
/// An immutable list of rules with its dispatch table (for each node kind, the rules that want it), built once
/// so that a validation only walks arrays.
/// </summary>
public sealed class ValidationRuleSet : IReadOnlyList<ValidationRule>
{
    private static readonly int KindCount = Enum.GetValues<SyntaxKind>().Length;
    private readonly ValidationRule[] _rules;
    private ValidationRuleSet? _withLimits;
    private ValidationRuleSet? _withoutLimits;

    public ValidationRuleSet(IEnumerable<ValidationRule> rules)
    {
        _rules = rules.ToArray();
        EnterByKind = Dispatch(_rules, static r => r.EnterKinds);
        LeaveByKind = Dispatch(_rules, static r => r.LeaveKinds);
    }

    /// <summary>The rules of spec §5, as graphql-js's <c>specifiedRules</c> without defer/stream.</summary>
    public static ValidationRuleSet Specified { get; } = new(SpecifiedRules.All);

    public int Count => _rules.Length;

    public ValidationRule this[int index] => _rules[index];

    internal int[][] EnterByKind { get; }

    internal int[][] LeaveByKind { get; }

    /// <summary>This set plus <paramref name="rules"/>.</summary>
    public ValidationRuleSet With(params IEnumerable<ValidationRule> rules) => new(_rules.Concat(rules));

    public IEnumerator<ValidationRule> GetEnumerator() => ((IEnumerable<ValidationRule>)_rules).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// What a validation actually runs: these rules, the introspection switch (always: it is the schema's
    /// setting), and the query limits when <paramref name="limits"/> is set. Cached, since sets are immutable.
    /// </summary>
    internal ValidationRuleSet Effective(bool limits) => limits
        ? _withLimits ??= With([.. LimitRules.All, LimitRules.Introspection])
        : _withoutLimits ??= With(LimitRules.Introspection);

    private static int[][] Dispatch(ValidationRule[] rules, Func<ValidationRule, ulong> kinds)
    {
        var table = new int[KindCount][];
        for (var kind = 0; kind < KindCount; kind++)
        {
            var wanted = new List<int>();
            for (var i = 0; i < rules.Length; i++)
            {
                if ((kinds(rules[i]) & (1UL << kind)) != 0)
                {
                    wanted.Add(i);
                }
            }

            table[kind] = wanted.ToArray();
        }

        return table;
    }
}
