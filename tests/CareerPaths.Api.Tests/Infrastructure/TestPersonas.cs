using CareerPaths.Api.Identity.LocalIssuer;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Tests.Infrastructure;

/// <summary>
/// The personas of a test database (picked as /dev/token picks them), with their employee ids and token subjects,
/// and tokens minted for them directly (<see cref="TestToken"/>).
/// </summary>
public sealed class TestPersonas
{
    private readonly Dictionary<string, (Persona Persona, TokenSubject Subject, int? EmployeeId)> _byKey;

    private TestPersonas(Dictionary<string, (Persona, TokenSubject, int?)> byKey) => _byKey = byKey;

    /// <summary>The personas in the order of docs/security.md's columns (after "anonymous").</summary>
    public static IReadOnlyList<string> MatrixKeys { get; } =
    [
        PersonaPicker.Employee, PersonaPicker.AnotherEmployee, PersonaPicker.Manager, PersonaPicker.ManagerElsewhere,
        PersonaPicker.HR, PersonaPicker.LearningAndDevelopment,
    ];

    public static async Task<TestPersonas> LoadAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var byKey = new Dictionary<string, (Persona, TokenSubject, int?)>(StringComparer.Ordinal);
        foreach (var persona in await PersonaDirectory.PersonasAsync(db))
        {
            var subject = await PersonaDirectory.SubjectAsync(db, persona.EmployeeNumber, persona.Roles)
                ?? throw new InvalidOperationException($"Persona {persona.Key} has no subject.");
            int? id = persona.EmployeeNumber is { } number
                ? await db.Employees.Where(e => e.EmployeeNumber == number).Select(e => e.Id).SingleAsync()
                : null;
            byKey[persona.Key] = (persona, subject, id);
        }

        return new TestPersonas(byKey);
    }

    public Persona Persona(string key) => _byKey[key].Persona;

    public TokenSubject Subject(string key) => _byKey[key].Subject;

    public int EmployeeId(string key) => _byKey[key].EmployeeId ?? throw new InvalidOperationException($"Persona {key} is no employee.");

    /// <summary>A valid local-issuer token for the persona; <paramref name="adjust"/> may change any part of it.</summary>
    public string Token(string key, Action<TestToken>? adjust = null)
    {
        var token = TestToken.For(Subject(key));
        adjust?.Invoke(token);
        return token.Mint();
    }
}
