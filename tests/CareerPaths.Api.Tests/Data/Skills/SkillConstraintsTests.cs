using CareerPaths.Api.Tests.Infrastructure;
using static CareerPaths.Api.Tests.Data.FixtureIds;

namespace CareerPaths.Api.Tests.Data.Skills;

public sealed class SkillConstraintsTests(FixtureCatalogueDatabaseFixture fixture) : IClassFixture<FixtureCatalogueDatabaseFixture>
{
    private readonly ConstraintProbe _probe = new(fixture.Database);

    [Fact]
    public Task SkillCodesAreUnique() => _probe.AssertRejectsAsync("IX_Skills_Code",
        $"INSERT INTO \"Skills\" (\"Code\", \"Name\", \"Category\", \"Description\") VALUES ({ConstraintProbe.Value}, 'Another skill', 'technical', 'd')",
        good: "'another-skill'", bad: "'budgeting'");

    [Fact]
    public Task SkillNamesAreUnique() => _probe.AssertRejectsAsync("IX_Skills_Name",
        $"INSERT INTO \"Skills\" (\"Code\", \"Name\", \"Category\", \"Description\") VALUES ('another-skill', {ConstraintProbe.Value}, 'technical', 'd')",
        good: "'Another skill'", bad: "'Budgeting'");

    [Fact]
    public Task ASkillCategoryIsOneOfTheFour() => _probe.AssertRejectsAsync("CK_Skills_Category",
        $"INSERT INTO \"Skills\" (\"Code\", \"Name\", \"Category\", \"Description\") VALUES ('another-skill', 'Another skill', {ConstraintProbe.Value}, 'd')",
        good: "'knowledge'", bad: "'magic'");

    [Fact]
    public Task LevelDescriptorsExistOnlyForLevelsOneToSeven() => _probe.AssertRejectsAsync("CK_SkillLevelDescriptors_Level",
        $"DELETE FROM \"SkillLevelDescriptors\" WHERE \"SkillId\" = {Skill("budgeting")} AND \"Level\" = 7; " +
        $"INSERT INTO \"SkillLevelDescriptors\" (\"SkillId\", \"Level\", \"Descriptor\") VALUES ({Skill("budgeting")}, {ConstraintProbe.Value}, 'd')",
        good: "7", bad: "8");

    [Fact]
    public Task ASkillThatRolesRequireCannotBeDeleted() => _probe.AssertRejectsAsync("FK_RoleRequirements_Skills_SkillId",
        $"INSERT INTO \"Skills\" (\"Code\", \"Name\", \"Category\", \"Description\") VALUES ('unused', 'Unused', 'technical', 'd'); " +
        $"DELETE FROM \"Skills\" WHERE \"Code\" = {ConstraintProbe.Value}",
        good: "'unused'", bad: "'budgeting'");

    [Fact]
    public Task ACertificationEvidencesASkillAtLevelOneToSeven() => _probe.AssertRejectsAsync("CK_CertificationEvidencedSkills_Level",
        $"UPDATE \"CertificationEvidencedSkills\" SET \"Level\" = {ConstraintProbe.Value} WHERE \"CertificationId\" = {Certification("cism")}",
        good: "7", bad: "0");
}
