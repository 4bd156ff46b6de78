using CareerPaths.Api.Identity;

namespace CareerPaths.Api.Tests.Identity;

/// <summary>What each policy name means for a viewer; every policy needs an employee record, unknown names deny.</summary>
public sealed class ViewerPolicyEvaluatorTests
{
    private static readonly Guid Oid = Guid.NewGuid();

    [Theory]
    [InlineData(Policies.Employee, "", true)]
    [InlineData(Policies.HR, "", false)]
    [InlineData(Policies.HR, AppRoles.HR, true)]
    [InlineData(Policies.HR, AppRoles.Manager, false)]
    [InlineData(Policies.Manager, AppRoles.Manager, true)]
    [InlineData(Policies.Manager, AppRoles.HR, true)]
    [InlineData(Policies.Manager, AppRoles.LearningAndDevelopment, false)]
    [InlineData(Policies.LearningAndDevelopment, AppRoles.LearningAndDevelopment, true)]
    [InlineData(Policies.LearningAndDevelopment, AppRoles.HR, true)]
    [InlineData(Policies.LearningAndDevelopment, AppRoles.Manager, false)]
    [InlineData("Admin", AppRoles.HR, false)]
    public void APolicyAllowsExactlyItsRoles(string policy, string role, bool allowed)
    {
        var viewer = new Viewer(Oid, 7, role.Length == 0 ? new HashSet<string>() : new HashSet<string> { role });

        Assert.Equal(allowed, ViewerPolicyEvaluator.Allows(policy, viewer));
    }

    [Theory]
    [InlineData(Policies.Employee)]
    [InlineData(Policies.HR)]
    public void WithoutAnEmployeeRecordNoPolicyAllows(string policy) =>
        Assert.False(ViewerPolicyEvaluator.Allows(policy, new Viewer(Oid, null, new HashSet<string> { AppRoles.HR })));
}
