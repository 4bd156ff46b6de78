using System.Text.Json;
using CareerPaths.Api.Tests.Audit;
using CareerPaths.Api.Tests.Employees;

namespace CareerPaths.Api.Tests.Roles;

/// <summary>HR's role profile editing: new roles, drafts copied from the published version, edits, publishing, archiving.</summary>
public sealed class RoleDraftTests(PeopleApiFixture people) : IClassFixture<PeopleApiFixture>
{
    internal const string DraftFields = "draft { id code versionNumber status name rowVersion requirements { skill { code } requiredLevel importance essential } certificationRequirements { required certifications { code } } education { level fields required } }";

    [AuditsMutation("createRoleDraft", "updateRoleDraft", "publishRoleDraft")]
    [Fact]
    public async Task ADraftIsCopiedEditedAndPublishedWithTheOldVersionArchived()
    {
        var draft = (await people.MutateAsync(Persona.HR, "createRoleDraft", new { roleCode = "it-auditor" }, DraftFields)).GetProperty("draft");
        Assert.Equal(("DRAFT", 2, 8), (draft.GetProperty("status").GetString(), draft.GetProperty("versionNumber").GetInt32(), draft.GetProperty("requirements").GetArrayLength()));
        var created = (await AuditTrail.LatestAsync(people))!;
        Assert.Equal(("RoleProfile", "it-auditor", "create-draft", "draft"), (created.EntityType, created.EntityId, created.Action, created.After!.Value.GetProperty("status").GetString()));
        Assert.Equal(await AuditTrail.ActorOfAsync(people, Persona.HR), created.Actor);

        var updated = (await people.MutateAsync(Persona.HR, "updateRoleDraft", new
        {
            draftId = draft.GetProperty("id").GetString(),
            expectedRowVersion = draft.GetProperty("rowVersion").GetString(),
            name = "IT Auditor (2027)",
            minimumExperienceYears = 4,
            requirements = new[]
            {
                new { skill = "it-governance", requiredLevel = 5, importance = 5, essential = true },
                new { skill = "risk-management", requiredLevel = 4, importance = 3, essential = false },
            },
            certificationGroups = new[] { new { certifications = new[] { "cobit-foundation", "cism" }, required = true } },
            education = new[] { new { level = "BACHELOR", fields = new[] { " Computer Science " }, required = false } },
        }, DraftFields)).GetProperty("draft");
        Assert.Equal("""[{"skill":{"code":"it-governance"},"requiredLevel":5,"importance":5,"essential":true},{"skill":{"code":"risk-management"},"requiredLevel":4,"importance":3,"essential":false}]""",
            updated.GetProperty("requirements").GetRawText());
        Assert.Equal("""[{"required":true,"certifications":[{"code":"cism"},{"code":"cobit-foundation"}]}]""", updated.GetProperty("certificationRequirements").GetRawText());
        Assert.Equal("""[{"level":"BACHELOR","fields":["Computer Science"],"required":false}]""", updated.GetProperty("education").GetRawText());
        Assert.NotEqual(draft.GetProperty("rowVersion").GetString(), updated.GetProperty("rowVersion").GetString());
        var edit = (await AuditTrail.LatestAsync(people))!;
        Assert.Equal("update-draft", edit.Action);
        Assert.Equal((8, 2), (edit.Before!.Value.GetProperty("requirements").GetArrayLength(), edit.After!.Value.GetProperty("requirements").GetArrayLength()));
        Assert.Equal(("IT Auditor", "IT Auditor (2027)"), (edit.Before.Value.GetProperty("name").GetString(), edit.After.Value.GetProperty("name").GetString()));

        var published = (await people.MutateAsync(Persona.HR, "publishRoleDraft", new { draftId = draft.GetProperty("id").GetString(), expectedRowVersion = updated.GetProperty("rowVersion").GetString() },
            "role { code name versionNumber status }")).GetProperty("role");
        Assert.Equal("""{"code":"it-auditor","name":"IT Auditor (2027)","versionNumber":2,"status":"PUBLISHED"}""", published.GetRawText());
        var publish = (await AuditTrail.LatestAsync(people))!;
        Assert.Equal(("publish-draft", "published", 1, 2), (publish.Action, publish.Before!.Value.GetProperty("status").GetString(),
            publish.Before.Value.GetProperty("versionNumber").GetInt32(), publish.After!.Value.GetProperty("versionNumber").GetInt32()));

        var employee = await people.DataAsync(Persona.EmployeeA, """{ role(code: "it-auditor") { name versionNumber requirements { skill { code } } } }""");
        Assert.Equal("""{"name":"IT Auditor (2027)","versionNumber":2,"requirements":[{"skill":{"code":"it-governance"}},{"skill":{"code":"risk-management"}}]}""", employee.GetProperty("role").GetRawText());
        var versions = await people.DataAsync(Persona.HR, """{ roleVersions(roleCode: "it-auditor") { versionNumber status publishedAt } roleDrafts { code } }""");
        Assert.Equal(["2:PUBLISHED", "1:ARCHIVED"], versions.GetProperty("roleVersions").EnumerateArray().Select(v => $"{v.GetProperty("versionNumber").GetInt32()}:{v.GetProperty("status").GetString()}"));
        Assert.DoesNotContain(versions.GetProperty("roleDrafts").EnumerateArray(), d => d.GetProperty("code").GetString() == "it-auditor");
    }

    [AuditsMutation("createRole")]
    [Fact]
    public async Task ANewRoleStartsAsADraftThatOnlyHRSees()
    {
        var payload = await people.MutateAsync(Persona.HR, "createRole", new
        {
            code = "cloud-architect", name = "Cloud Architect", family = "TECHNICAL", tier = "TACTICAL", side = "MANAGEMENT", description = "Designs the cloud estate.",
        }, DraftFields);
        var draft = payload.GetProperty("draft");
        Assert.Equal(("cloud-architect", 1, "DRAFT"), (draft.GetProperty("code").GetString(), draft.GetProperty("versionNumber").GetInt32(), draft.GetProperty("status").GetString()));
        var audit = (await AuditTrail.LatestAsync(people))!;
        Assert.Equal(("RoleProfile", "cloud-architect", "create-role", (JsonElement?)null), (audit.EntityType, audit.EntityId, audit.Action, audit.Before));
        Assert.Equal("Cloud Architect", audit.After!.Value.GetProperty("name").GetString());

        var role = await people.AsAsync(Persona.EmployeeA, """{ role(code: "cloud-architect") { code } }""");
        var node = await people.AsAsync(Persona.EmployeeA, $$"""{ node(id: "{{draft.GetProperty("id").GetString()}}") { id } }""");
        var drafts = await people.AsAsync(Persona.EmployeeA, "{ roleDrafts { code } }");
        Assert.Equal("""{"data":{"role":null}}""", role.GetRawText());
        Assert.Equal(JsonValueKind.Null, node.GetProperty("data").GetProperty("node").ValueKind);
        Assert.Equal("FORBIDDEN", node.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("FORBIDDEN", drafts.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var taken = await people.MutateAsync(Persona.HR, "createRole", new { code = "cloud-architect", name = "Again", family = "TECHNICAL", tier = "TACTICAL", side = "MANAGEMENT", description = "x" });
        var invalid = await people.MutateAsync(Persona.HR, "createRole", new { code = "Cloud Architect!", name = "", family = "TECHNICAL", tier = "TACTICAL", side = "MANAGEMENT", description = "x" });
        var existingDraft = await people.MutateAsync(Persona.HR, "createRoleDraft", new { roleCode = "cloud-architect" });
        var unknown = await people.MutateAsync(Persona.HR, "createRoleDraft", new { roleCode = "nope" });
        Assert.Equal(["RoleCodeTakenError"], PeopleApiFixture.ErrorTypes(taken));
        Assert.Equal(["InvalidCodeError", "TextLengthError"], PeopleApiFixture.ErrorTypes(invalid));
        Assert.Equal(["DraftExistsError"], PeopleApiFixture.ErrorTypes(existingDraft));
        Assert.Equal(["UnknownRoleError"], PeopleApiFixture.ErrorTypes(unknown));
    }

    [Fact]
    public async Task AnInvalidEditReportsEveryProblemAndChangesNothing()
    {
        var draft = (await people.MutateAsync(Persona.HR, "createRoleDraft", new { roleCode = "it-technician" }, DraftFields)).GetProperty("draft");
        var entries = await AuditTrail.CountAsync(people);
        var payload = await people.MutateAsync(Persona.HR, "updateRoleDraft", new
        {
            draftId = draft.GetProperty("id").GetString(),
            expectedRowVersion = draft.GetProperty("rowVersion").GetString(),
            name = " ",
            minimumExperienceYears = -1,
            requirements = new[]
            {
                new { skill = "budgeting", requiredLevel = 0, importance = 6, essential = true },
                new { skill = "budgeting", requiredLevel = 8, importance = 1, essential = false },
                new { skill = "astrology", requiredLevel = 3, importance = 3, essential = false },
            },
            certificationGroups = new[] { new { certifications = Array.Empty<string>(), required = true }, new { certifications = new[] { "nope" }, required = false } },
        }, "draft { id }");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("draft").ValueKind);
        Assert.Equal(
            ["TextLengthError", "ValueOutOfRangeError", "DuplicateValueError", "ValueOutOfRangeError", "ValueOutOfRangeError", "ValueOutOfRangeError",
             "UnknownSkillError", "ValueOutOfRangeError", "UnknownCertificationError"],
            PeopleApiFixture.ErrorTypes(payload));
        Assert.Equal(entries, await AuditTrail.CountAsync(people));
        var after = (await people.DataAsync(Persona.HR, """{ roleDrafts { code rowVersion requirements { skill { code } } } }""")).GetProperty("roleDrafts")
            .EnumerateArray().Single(d => d.GetProperty("code").GetString() == "it-technician");
        Assert.Equal(draft.GetProperty("rowVersion").GetString(), after.GetProperty("rowVersion").GetString());
        Assert.Equal(8, after.GetProperty("requirements").GetArrayLength());
    }

    [AuditsMutation("archiveRole")]
    [Fact]
    public async Task ArchivingARoleHidesItFromEmployeesAndKeepsItForHR()
    {
        var archived = (await people.MutateAsync(Persona.HR, "archiveRole", new { roleCode = "security-manager" }, "archived { status versionNumber }")).GetProperty("archived");
        Assert.Equal("""{"status":"ARCHIVED","versionNumber":1}""", archived.GetRawText());
        var audit = (await AuditTrail.LatestAsync(people))!;
        Assert.Equal(("archive-role", "security-manager", "published", "archived"),
            (audit.Action, audit.EntityId, audit.Before!.Value.GetProperty("status").GetString(), audit.After!.Value.GetProperty("status").GetString()));

        var employee = await people.DataAsync(Persona.EmployeeA, """{ role(code: "security-manager") { code } roles(first: 100) { totalCount } }""");
        Assert.Equal(JsonValueKind.Null, employee.GetProperty("role").ValueKind);
        Assert.Equal(3, employee.GetProperty("roles").GetProperty("totalCount").GetInt32());
        Assert.Equal(["RoleNotPublishedError"], PeopleApiFixture.ErrorTypes(await people.MutateAsync(Persona.HR, "archiveRole", new { roleCode = "security-manager" })));
        Assert.Equal(["UnknownRoleError"], PeopleApiFixture.ErrorTypes(await people.MutateAsync(Persona.HR, "archiveRole", new { roleCode = "nope" })));

        // A new draft of an archived role starts from its latest version.
        var draft = (await people.MutateAsync(Persona.HR, "createRoleDraft", new { roleCode = "security-manager" }, DraftFields)).GetProperty("draft");
        Assert.Equal(("IT Security Manager", 2), (draft.GetProperty("name").GetString(), draft.GetProperty("versionNumber").GetInt32()));
    }

    [Fact]
    public async Task APublishedNameCannotBeTakenTwice()
    {
        var draft = (await people.MutateAsync(Persona.HR, "createRole", new { code = "it-manager-2", name = "IT Manager", family = "MANAGEMENT", tier = "TACTICAL", side = "MANAGEMENT", description = "A second IT Manager." }, DraftFields)).GetProperty("draft");
        var entries = await AuditTrail.CountAsync(people);

        var payload = await people.MutateAsync(Persona.HR, "publishRoleDraft", new { draftId = draft.GetProperty("id").GetString(), expectedRowVersion = draft.GetProperty("rowVersion").GetString() }, "role { code }");

        Assert.Equal(["RoleNameTakenError"], PeopleApiFixture.ErrorTypes(payload));
        Assert.Equal(entries, await AuditTrail.CountAsync(people));
    }

    [Fact]
    public async Task OnlyHRCallsTheRoleMutations()
    {
        var response = await people.AsAsync(Persona.TopManager, """mutation { createRoleDraft(input: { roleCode: "it-manager" }) { errors { __typename } } }""");

        Assert.Equal("FORBIDDEN", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var versions = await people.AsAsync(Persona.LearningAndDevelopment, """{ roleVersions(roleCode: "it-manager") { name } }""");
        Assert.Equal("FORBIDDEN", versions.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
