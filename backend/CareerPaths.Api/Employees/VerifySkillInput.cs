namespace CareerPaths.Api.Employees;

/// <summary>A manager's (or HR's) verdict on a report's level in a skill; replaces the earlier verdict on it.</summary>
public sealed record VerifySkillInput(string EmployeeId, string Skill, int Level, string? Note);
