using CareerPaths.Api.Data.Audit;
using CareerPaths.Api.Data.Certifications;
using CareerPaths.Api.Data.Cohorts;
using CareerPaths.Api.Data.Conventions;
using CareerPaths.Api.Data.Development;
using CareerPaths.Api.Data.Employees;
using CareerPaths.Api.Data.Learning;
using CareerPaths.Api.Data.Organisation;
using CareerPaths.Api.Data.Roles;
using CareerPaths.Api.Data.SegregationOfDuties;
using CareerPaths.Api.Data.Skills;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Data;

/// <summary>The CareerPaths database. Each entity's mapping lives next to it in an IEntityTypeConfiguration.</summary>
public class CareerPathsDbContext(DbContextOptions<CareerPathsDbContext> options) : DbContext(options)
{
    public DbSet<Skill> Skills => Set<Skill>();
    public DbSet<SkillLevelDescriptor> SkillLevelDescriptors => Set<SkillLevelDescriptor>();

    public DbSet<Certification> Certifications => Set<Certification>();
    public DbSet<CertificationEvidencedSkill> CertificationEvidencedSkills => Set<CertificationEvidencedSkill>();

    public DbSet<RoleProfile> RoleProfiles => Set<RoleProfile>();
    public DbSet<RoleProfileVersion> RoleProfileVersions => Set<RoleProfileVersion>();
    public DbSet<RoleRequirement> RoleRequirements => Set<RoleRequirement>();
    public DbSet<CertificationRequirementGroup> CertificationRequirementGroups => Set<CertificationRequirementGroup>();
    public DbSet<CertificationRequirementOption> CertificationRequirementOptions => Set<CertificationRequirementOption>();
    public DbSet<EducationRequirement> EducationRequirements => Set<EducationRequirement>();
    public DbSet<CareerTransition> CareerTransitions => Set<CareerTransition>();

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<SkillEvidence> SkillEvidence => Set<SkillEvidence>();
    public DbSet<EmployeeCertification> EmployeeCertifications => Set<EmployeeCertification>();
    public DbSet<CareerGoal> CareerGoals => Set<CareerGoal>();

    public DbSet<LearningOffering> LearningOfferings => Set<LearningOffering>();
    public DbSet<LearningOfferingSkill> LearningOfferingSkills => Set<LearningOfferingSkill>();
    public DbSet<LearningSession> LearningSessions => Set<LearningSession>();

    public DbSet<DevelopmentPlan> DevelopmentPlans => Set<DevelopmentPlan>();
    public DbSet<DevelopmentAction> DevelopmentActions => Set<DevelopmentAction>();

    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<CohortMember> CohortMembers => Set<CohortMember>();

    public DbSet<SegregationOfDutiesRule> SegregationOfDutiesRules => Set<SegregationOfDutiesRule>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CareerPathsDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every enum of the data model is stored as kebab-case text, readable in SQL and equal to the
        // words of the seed files; each entity adds a check constraint listing the allowed texts.
        var enums = typeof(CareerPathsDbContext).Assembly.GetTypes()
            .Where(type => type.IsEnum && type.Namespace?.StartsWith(typeof(CareerPathsDbContext).Namespace!, StringComparison.Ordinal) == true);
        foreach (var enumType in enums)
        {
            configurationBuilder.Properties(enumType)
                .HaveConversion(typeof(KebabCaseEnumConverter<>).MakeGenericType(enumType))
                .HaveMaxLength(ColumnLengths.EnumText);
        }
    }
}
