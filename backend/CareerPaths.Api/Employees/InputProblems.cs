using CareerPaths.GraphQL.Relay;

namespace CareerPaths.Api.Employees;

/// <summary>Collects every problem of one mutation input, so a client learns all of them at once.</summary>
internal sealed class InputProblems
{
    private readonly List<IDomainError> _errors = [];

    public bool Any => _errors.Count > 0;

    public IDomainError[] ToArray() => [.. _errors];

    public void Add(IDomainError error) => _errors.Add(error);

    public void Range(string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            _errors.Add(new ValueOutOfRangeError(field, value, min, max));
        }
    }

    /// <summary>The text trimmed (null when absent or blank and optional), after checking its length.</summary>
    public string? Text(string field, string? value, int maxLength, bool required = false)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            if (required)
            {
                _errors.Add(new TextLengthError(field, 0, 1, maxLength));
            }

            return required ? string.Empty : null;
        }

        if (trimmed.Length > maxLength)
        {
            _errors.Add(new TextLengthError(field, trimmed.Length, required ? 1 : 0, maxLength));
        }

        return trimmed;
    }

    /// <summary>Reports the first repeat of each value (ordinal comparison).</summary>
    public void Distinct(string field, IEnumerable<string> values)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (!seen.Add(value) && reported.Add(value))
            {
                _errors.Add(new DuplicateValueError(field, value));
            }
        }
    }
}
