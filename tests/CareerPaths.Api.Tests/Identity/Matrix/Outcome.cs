namespace CareerPaths.Api.Tests.Identity.Matrix;

/// <summary>
/// What a persona gets from a field, as docs/security.md's policy table writes it, from best to worst:
/// <c>yes</c> (answered), <c>hidden</c> (answered, but without the subject's data: null or left out by the scope),
/// <c>no</c> (a FORBIDDEN or UNAUTHENTICATED error on the field), <c>401</c> (refused before GraphQL).
/// </summary>
public enum Outcome
{
    Yes,
    Hidden,
    No,
    Unauthorized,
}

public static class Outcomes
{
    public static Outcome Parse(string cell) => cell.Trim() switch
    {
        "yes" => Outcome.Yes,
        "hidden" => Outcome.Hidden,
        "no" => Outcome.No,
        "401" => Outcome.Unauthorized,
        _ => throw new FormatException($"\"{cell}\" is not an outcome: write yes, hidden, no or 401."),
    };

    public static string Text(this Outcome outcome) => outcome switch
    {
        Outcome.Yes => "yes",
        Outcome.Hidden => "hidden",
        Outcome.No => "no",
        _ => "401",
    };

    /// <summary>A path is as open as its most closed step.</summary>
    public static Outcome Worst(Outcome a, Outcome b) => a > b ? a : b;
}
