namespace CareerPaths.Matching.Cohorts;

/// <summary>A greedy move: open a session with some learners, or add one learner to an open session.</summary>
internal sealed record Move(bool IsOpening, int Session, int[] Learners, double Gain, double Cost)
{
    /// <summary>For an opening being evaluated: how many of the best candidates it takes.</summary>
    public int Size { get; init; }

    public static Move Opening(int session) => new(true, session, [], 0, 0);

    public static Move Adding(int session, int learner) => new(false, session, [learner], 0, 0);

    /// <summary>
    /// Better first: higher gain per cost (compared as gainA·costB vs gainB·costA, so free moves come first),
    /// then more gain, then opening before adding, then lower session, then lower first learner.
    /// </summary>
    public static IComparer<Move> Preference { get; } = Comparer<Move>.Create(static (a, b) =>
    {
        var left = a.Gain * b.Cost;
        var right = b.Gain * a.Cost;
        if (left != right) return left > right ? -1 : 1;
        if (a.Gain != b.Gain) return a.Gain > b.Gain ? -1 : 1;
        if (a.IsOpening != b.IsOpening) return a.IsOpening ? -1 : 1;
        if (a.Session != b.Session) return a.Session.CompareTo(b.Session);
        var first = a.Learners.Length > 0 ? a.Learners[0] : -1;
        var other = b.Learners.Length > 0 ? b.Learners[0] : -1;
        return first.CompareTo(other);
    });
}
