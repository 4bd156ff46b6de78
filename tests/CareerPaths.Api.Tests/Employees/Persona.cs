namespace CareerPaths.Api.Tests.Employees;

/// <summary>
/// Someone signed in for a test: a person of the fixture catalogue (Seeding/Fixtures/people.json) and the app roles
/// their token carries. The fixture's org chart: Ada (E00001) manages Alan (E00002), Grace (E00003) and Barbara
/// (E00005); Alan manages Edsger (E00004); Grace manages Donald (E00006).
/// </summary>
public sealed record Persona(string EmployeeNumber, params string[] Roles)
{
    /// <summary>Employee A: Edsger, no app role.</summary>
    public static Persona EmployeeA { get; } = new("E00004");

    /// <summary>Employee B: Donald, no app role, in another line.</summary>
    public static Persona EmployeeB { get; } = new("E00006");

    /// <summary>A's manager: Alan (Manager), whose line is Alan and Edsger.</summary>
    public static Persona ManagerOfA { get; } = new("E00002", "Manager");

    /// <summary>A manager elsewhere: Grace (Manager), whose line is Grace and Donald.</summary>
    public static Persona ManagerElsewhere { get; } = new("E00003", "Manager");

    /// <summary>The top manager: Ada (Manager), whose transitive line is everyone.</summary>
    public static Persona TopManager { get; } = new("E00001", "Manager");

    /// <summary>HR: Barbara with the HR app role.</summary>
    public static Persona HR { get; } = new("E00005", "HR");

    /// <summary>L&amp;D: Barbara with the L&amp;D app role only.</summary>
    public static Persona LearningAndDevelopment { get; } = new("E00005", "LearningAndDevelopment");
}
