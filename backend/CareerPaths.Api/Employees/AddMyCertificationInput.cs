namespace CareerPaths.Api.Employees;

/// <summary>A certification the viewer earned; without an expiry date, the certification's validity period decides it.</summary>
public sealed record AddMyCertificationInput(string Certification, DateOnly EarnedOn, DateOnly? ExpiresOn);
