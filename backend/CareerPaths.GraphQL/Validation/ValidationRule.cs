using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation;

/// <summary>
/// One validation rule: a small visitor that the single traversal of <see cref="DocumentValidator"/> calls
/// for the node kinds it names. A rule object is shared by every validation; a rule that keeps state while
/// it walks a document hands out a fresh copy from <see cref="ForDocument"/>.
/// </summary>
public abstract class ValidationRule
{
    protected ValidationRule(ReadOnlySpan<SyntaxKind> enter, ReadOnlySpan<SyntaxKind> leave = default)
    {
        EnterKinds = KindMask(enter);
        LeaveKinds = KindMask(leave);
    }

    /// <summary>The rule's name, as the specification or this engine calls it.</summary>
    public virtual string Name => GetType().Name;

    internal ulong EnterKinds { get; }

    internal ulong LeaveKinds { get; }

    /// <summary>
    /// The visitor for one document: this rule when it keeps no state, a new instance when it does, or null
    /// when the rule has nothing to check here (a limit that is not configured, say).
    /// </summary>
    public virtual ValidationRule? ForDocument(ValidationContext context) => this;

    public virtual void Enter(ValidationContext context, SyntaxNode node)
    {
    }

    public virtual void Leave(ValidationContext context, SyntaxNode node)
    {
    }

    private static ulong KindMask(ReadOnlySpan<SyntaxKind> kinds)
    {
        ulong mask = 0;
        foreach (var kind in kinds)
        {
            mask |= 1UL << (int)kind;
        }

        return mask;
    }
}
