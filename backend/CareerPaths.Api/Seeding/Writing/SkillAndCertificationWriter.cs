using System.Globalization;
using CareerPaths.Api.Data.Certifications;
using CareerPaths.Api.Data.Skills;
using CareerPaths.Api.Seeding.Catalogue;

namespace CareerPaths.Api.Seeding.Writing;

internal static class SkillAndCertificationWriter
{
    public static void AddMissingSkills(SeedWriteContext context, IReadOnlyList<SkillSeed> seeds)
    {
        foreach (var seed in seeds.Where(seed => !context.Skills.Contains(seed.Code)))
        {
            var skill = new Skill
            {
                Code = seed.Code,
                Name = seed.Name,
                Category = seed.Category,
                Description = seed.Description,
                OnetElementId = seed.ExternalCodes?.Onet,
                EscoUri = seed.ExternalCodes?.Esco,
                SfiaCode = seed.ExternalCodes?.Sfia,
                Source = seed.Source,
            };
            foreach (var (level, descriptor) in seed.Levels)
            {
                skill.LevelDescriptors.Add(new SkillLevelDescriptor { Level = int.Parse(level, CultureInfo.InvariantCulture), Descriptor = descriptor });
            }
            context.Db.Skills.Add(skill);
            context.Skills.Add(seed.Code, skill);
        }
    }

    public static void AddMissingCertifications(SeedWriteContext context, IReadOnlyList<CertificationSeed> seeds)
    {
        foreach (var seed in seeds.Where(seed => !context.Certifications.Contains(seed.Code)))
        {
            var certification = new Certification
            {
                Code = seed.Code,
                Name = seed.Name,
                Issuer = seed.Issuer,
                Description = seed.Description,
                ValidityYears = seed.ValidityYears,
                Renewal = seed.Renewal,
                Prerequisites = seed.Prerequisites,
                PrerequisiteExperienceYears = seed.PrerequisiteExperienceYears,
                PreparationHours = seed.PreparationHours,
                Source = seed.Source,
            };
            foreach (var evidence in seed.Evidences)
            {
                var evidenced = new CertificationEvidencedSkill { Level = evidence.Level };
                context.Skills.Link(evidence.Skill, id => evidenced.SkillId = id, skill => evidenced.Skill = skill);
                certification.EvidencedSkills.Add(evidenced);
            }
            context.Db.Certifications.Add(certification);
            context.Certifications.Add(seed.Code, certification);
        }
    }
}
