namespace CareerPaths.Api.Employees;

/// <summary>The viewer's own view of their level in a skill (0–7); replaces their earlier self-assessment of it.</summary>
public sealed record AssessMySkillInput(string Skill, int Level, string? Note);
