namespace CareerPaths.Api.Identity;

/// <summary>
/// The app roles defined on the API's Entra ID app registration (the <c>roles</c> claim). Every signed-in person
/// is also an employee; these add to what an employee may do.
/// </summary>
public static class AppRoles
{
    public const string HR = "HR";
    public const string Manager = "Manager";
    public const string LearningAndDevelopment = "LearningAndDevelopment";
}
