using System.Text.Json;
using CareerPaths.Api.Tests.Audit;
using CareerPaths.Api.Tests.Employees;

namespace CareerPaths.Api.Tests.Development;

/// <summary>Development plans: changed by their owner only, read by whoever may see the owner, every change audited.</summary>
public sealed class DevelopmentPlanTests(PeopleApiFixture people) : IClassFixture<PeopleApiFixture>
{
    private const string ActionFields = "action { id position kind title learningOffering { code } certification { code } dueOn status }";

    [AuditsMutation("createDevelopmentPlan", "addDevelopmentAction", "updateDevelopmentAction", "removeDevelopmentAction", "archiveDevelopmentPlan")]
    [Fact]
    public async Task APlanIsBuiltStepByStepAndEveryChangeIsAudited()
    {
        var me = Persona.EmployeeA;
        var plan = (await people.MutateAsync(me, "createDevelopmentPlan", new { targetRole = "it-manager" }, "plan { id status targetRole { code } owner { employeeNumber } }")).GetProperty("plan");
        var planId = plan.GetProperty("id").GetString()!;
        Assert.Equal("""{"status":"ACTIVE","targetRole":{"code":"it-manager"},"owner":{"employeeNumber":"E00004"}}""", Without(plan, "id"));
        var created = (await AuditTrail.LatestAsync(people))!;
        Assert.Equal(("DevelopmentPlan", "create-plan", (JsonElement?)null), (created.EntityType, created.Action, created.Before));
        Assert.Equal("it-manager", created.After!.Value.GetProperty("targetRole").GetString());
        Assert.Equal(await AuditTrail.ActorOfAsync(people, me), created.Actor);

        var course = (await people.MutateAsync(me, "addDevelopmentAction", new { planId, kind = "LEARNING_OFFERING", offering = "leading-it-teams", dueOn = "2027-06-30" }, ActionFields)).GetProperty("action");
        var cert = (await people.MutateAsync(me, "addDevelopmentAction", new { planId, kind = "CERTIFICATION", certification = "itil-foundation" }, ActionFields)).GetProperty("action");
        var stretch = (await people.MutateAsync(me, "addDevelopmentAction", new { planId, kind = "ASSIGNMENT", description = "Run the Q3 budget review" }, ActionFields)).GetProperty("action");
        Assert.Equal("""{"position":1,"kind":"LEARNING_OFFERING","title":"Leading IT teams","learningOffering":{"code":"leading-it-teams"},"certification":null,"dueOn":"2027-06-30","status":"PLANNED"}""", Without(course, "id"));
        Assert.Equal(2, cert.GetProperty("position").GetInt32());
        Assert.Equal("Run the Q3 budget review", stretch.GetProperty("title").GetString());
        var added = (await AuditTrail.LatestAsync(people))!;
        Assert.Equal(("add-action", 2, 3), (added.Action, added.Before!.Value.GetProperty("actions").GetArrayLength(), added.After!.Value.GetProperty("actions").GetArrayLength()));
        Assert.Equal(created.EntityId, added.EntityId);

        var updated = (await people.MutateAsync(me, "updateDevelopmentAction", new { actionId = course.GetProperty("id").GetString(), status = "IN_PROGRESS" }, ActionFields)).GetProperty("action");
        Assert.Equal("IN_PROGRESS", updated.GetProperty("status").GetString());
        Assert.Equal("2027-06-30", updated.GetProperty("dueOn").GetString());
        var update = (await AuditTrail.LatestAsync(people))!;
        Assert.Equal(("update-action", "planned", "in-progress"), (update.Action,
            update.Before!.Value.GetProperty("actions")[0].GetProperty("status").GetString(), update.After!.Value.GetProperty("actions")[0].GetProperty("status").GetString()));

        var afterRemoval = (await people.MutateAsync(me, "removeDevelopmentAction", new { actionId = cert.GetProperty("id").GetString() }, "plan { actions { position kind } }")).GetProperty("plan");
        Assert.Equal("""{"actions":[{"position":1,"kind":"LEARNING_OFFERING"},{"position":3,"kind":"ASSIGNMENT"}]}""", afterRemoval.GetRawText());
        Assert.Equal("remove-action", (await AuditTrail.LatestAsync(people))!.Action);

        var archived = (await people.MutateAsync(me, "archiveDevelopmentPlan", new { planId, completed = true }, "plan { status }")).GetProperty("plan");
        Assert.Equal("COMPLETED", archived.GetProperty("status").GetString());
        var archive = (await AuditTrail.LatestAsync(people))!;
        Assert.Equal(("archive-plan", "active", "completed"), (archive.Action, archive.Before!.Value.GetProperty("status").GetString(), archive.After!.Value.GetProperty("status").GetString()));

        var closed = await people.MutateAsync(me, "addDevelopmentAction", new { planId, kind = "ASSIGNMENT", description = "Too late" });
        Assert.Equal(["PlanNotActiveError"], PeopleApiFixture.ErrorTypes(closed));
    }

    [Fact]
    public async Task ThePlanIsReadByTheOwnersLineButChangedOnlyByTheOwner()
    {
        var plan = (await people.MutateAsync(Persona.EmployeeB, "createDevelopmentPlan", new { targetRole = "security-manager" }, "plan { id }")).GetProperty("plan");
        var planId = plan.GetProperty("id").GetString()!;
        var entries = await AuditTrail.CountAsync(people);
        var query = $$"""{ node(id: "{{planId}}") { ... on DevelopmentPlan { targetRole { code } owner { employeeNumber } } } }""";

        var manager = (await people.DataAsync(Persona.ManagerElsewhere, query)).GetProperty("node");
        var stranger = (await people.DataAsync(Persona.EmployeeA, query)).GetProperty("node");
        var plans = (await people.DataAsync(Persona.HR, $$"""{ employee(id: "{{await people.EmployeeGlobalIdAsync("E00006")}}") { developmentPlans { id } } }""")).GetProperty("employee");
        var managerEdit = await people.MutateAsync(Persona.ManagerElsewhere, "archiveDevelopmentPlan", new { planId });
        var strangerEdit = await people.MutateAsync(Persona.EmployeeA, "addDevelopmentAction", new { planId, kind = "ASSIGNMENT", description = "Sabotage" });

        Assert.Equal("""{"targetRole":{"code":"security-manager"},"owner":{"employeeNumber":"E00006"}}""", manager.GetRawText());
        Assert.Equal(JsonValueKind.Null, stranger.ValueKind);
        Assert.Contains(plans.GetProperty("developmentPlans").EnumerateArray(), p => p.GetProperty("id").GetString() == planId);
        Assert.Equal(["NotFoundError"], PeopleApiFixture.ErrorTypes(managerEdit));
        Assert.Equal(["NotFoundError"], PeopleApiFixture.ErrorTypes(strangerEdit));
        Assert.Equal(entries, await AuditTrail.CountAsync(people));
    }

    [Fact]
    public async Task PlanInputProblemsAreTypedErrors()
    {
        var me = Persona.ManagerOfA;
        var unknown = await people.MutateAsync(me, "createDevelopmentPlan", new { targetRole = "astronaut" });
        var planId = (await people.MutateAsync(me, "createDevelopmentPlan", new { targetRole = "it-auditor" }, "plan { id }")).GetProperty("plan").GetProperty("id").GetString();
        var twice = await people.MutateAsync(me, "createDevelopmentPlan", new { targetRole = "it-auditor" });
        var mismatched = await people.MutateAsync(me, "addDevelopmentAction", new { planId, kind = "LEARNING_OFFERING", certification = "cism" });
        var unknownRefs = await people.MutateAsync(me, "addDevelopmentAction", new { planId, kind = "LEARNING_OFFERING", offering = "juggling" });
        var unknownCert = await people.MutateAsync(me, "addDevelopmentAction", new { planId, kind = "CERTIFICATION", certification = "nope" });
        var noDescription = await people.MutateAsync(me, "addDevelopmentAction", new { planId, kind = "ASSIGNMENT", description = "   " });
        var tooLong = await people.MutateAsync(me, "addDevelopmentAction", new { planId, kind = "ASSIGNMENT", description = new string('x', 201) });
        var action = (await people.MutateAsync(me, "addDevelopmentAction", new { planId, kind = "ASSIGNMENT", description = "Shadow an audit" }, "action { id }")).GetProperty("action").GetProperty("id").GetString();
        var nothing = await people.MutateAsync(me, "updateDevelopmentAction", new { actionId = action });
        var noAction = await people.MutateAsync(me, "removeDevelopmentAction", new { actionId = planId });

        Assert.Equal(["UnknownRoleError"], PeopleApiFixture.ErrorTypes(unknown));
        Assert.Equal(["ActivePlanExistsError"], PeopleApiFixture.ErrorTypes(twice));
        Assert.Equal(["ActionReferenceError", "ActionReferenceError"], PeopleApiFixture.ErrorTypes(mismatched));
        Assert.Equal(["UnknownLearningOfferingError"], PeopleApiFixture.ErrorTypes(unknownRefs));
        Assert.Equal(["UnknownCertificationError"], PeopleApiFixture.ErrorTypes(unknownCert));
        Assert.Equal(["ActionReferenceError"], PeopleApiFixture.ErrorTypes(noDescription));
        Assert.Equal(["TextLengthError"], PeopleApiFixture.ErrorTypes(tooLong));
        Assert.Equal(["NothingToChangeError"], PeopleApiFixture.ErrorTypes(nothing));
        Assert.Equal(["NotFoundError"], PeopleApiFixture.ErrorTypes(noAction));
        var archivedTwice = await people.MutateAsync(me, "archiveDevelopmentPlan", new { planId });
        Assert.Empty(PeopleApiFixture.ErrorTypes(archivedTwice));
        Assert.Equal(["PlanNotActiveError"], PeopleApiFixture.ErrorTypes(await people.MutateAsync(me, "archiveDevelopmentPlan", new { planId })));
        Assert.Equal(["PlanNotActiveError"], PeopleApiFixture.ErrorTypes(await people.MutateAsync(me, "updateDevelopmentAction", new { actionId = action, status = "DONE" })));
        Assert.Equal(["PlanNotActiveError"], PeopleApiFixture.ErrorTypes(await people.MutateAsync(me, "removeDevelopmentAction", new { actionId = action })));
    }

    private static string Without(JsonElement element, string property) =>
        JsonSerializer.Serialize(element.EnumerateObject().Where(p => p.Name != property).ToDictionary(p => p.Name, p => p.Value));
}
