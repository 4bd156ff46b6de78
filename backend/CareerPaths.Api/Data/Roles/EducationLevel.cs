namespace CareerPaths.Api.Data.Roles;

/// <summary>The kind of qualification an education requirement asks for.</summary>
public enum EducationLevel
{
    Vocational,
    Bachelor,
    Master,
    Doctorate,
}
