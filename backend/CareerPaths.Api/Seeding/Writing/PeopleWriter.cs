using CareerPaths.Api.Data.Employees;
using CareerPaths.Api.Seeding.Catalogue;

namespace CareerPaths.Api.Seeding.Writing;

internal static class PeopleWriter
{
    public static void AddMissingPeople(SeedWriteContext context, IReadOnlyList<PersonSeed> seeds)
    {
        var added = seeds.Where(seed => !context.Employees.Contains(seed.EmployeeNumber))
            .Select(seed => (Seed: seed, Employee: NewEmployee(context, seed)))
            .ToList();
        // Managers may be listed after their reports: every new person is known before anyone is linked to one.
        foreach (var (seed, employee) in added)
        {
            context.Db.Employees.Add(employee);
            context.Employees.Add(seed.EmployeeNumber, employee);
        }
        foreach (var (seed, employee) in added)
        {
            if (seed.Manager is { } manager)
            {
                context.Employees.Link(manager, id => employee.ManagerId = id, boss => employee.Manager = boss);
            }
            AddSkillEvidence(context, seed, employee);
        }
    }

    private static Employee NewEmployee(SeedWriteContext context, PersonSeed seed)
    {
        var employee = new Employee
        {
            EmployeeNumber = seed.EmployeeNumber,
            Name = seed.Name,
            Email = seed.Email,
            IdentityObjectId = seed.IdentityObjectId,
            RoleSince = seed.RoleSince,
        };
        context.OrgUnits.Link(seed.OrgUnit, id => employee.OrgUnitId = id, unit => employee.OrgUnit = unit);
        context.Roles.Link(seed.CurrentRole, id => employee.CurrentRoleId = id, role => employee.CurrentRole = role);
        foreach (var held in seed.Certifications)
        {
            var certification = new EmployeeCertification { EarnedOn = held.Earned, ExpiresOn = held.Expires };
            context.Certifications.Link(held.Certification, id => certification.CertificationId = id, known => certification.Certification = known);
            employee.Certifications.Add(certification);
        }
        for (var priority = 1; priority <= seed.Goals.Count; priority++)
        {
            var goal = new CareerGoal { Priority = priority };
            context.Roles.Link(seed.Goals[priority - 1], id => goal.TargetRoleId = id, role => goal.TargetRole = role);
            employee.CareerGoals.Add(goal);
        }
        return employee;
    }

    /// <summary>
    /// Seed files do not say who recorded a level, so it follows from the source: a self-assessment was recorded
    /// by the person, a manager's verification by their manager; assessments and certifications by no one.
    /// </summary>
    private static void AddSkillEvidence(SeedWriteContext context, PersonSeed seed, Employee employee)
    {
        foreach (var evidenceSeed in seed.Skills)
        {
            var evidence = new SkillEvidence
            {
                Level = evidenceSeed.Level,
                Source = evidenceSeed.Source,
                AssessedOn = evidenceSeed.AssessedOn,
                Note = evidenceSeed.Note,
            };
            context.Skills.Link(evidenceSeed.Skill, id => evidence.SkillId = id, skill => evidence.Skill = skill);
            if (evidenceSeed.Source == EvidenceSource.Self)
            {
                evidence.RecordedBy = employee;
            }
            else if (evidenceSeed.Source == EvidenceSource.Manager && seed.Manager is { } manager)
            {
                context.Employees.Link(manager, id => evidence.RecordedById = id, boss => evidence.RecordedBy = boss);
            }
            employee.SkillEvidence.Add(evidence);
        }
    }
}
