using CareerPaths.Matching.People;

namespace CareerPaths.Matching.Tests.Support;

/// <summary>Raising one skill of one person: an assessment above their current effective level, dated on the reference date.</summary>
internal static class Raise
{
    /// <summary>Picks a person, a catalogue skill and a higher level from the seed; null when nothing can be raised.</summary>
    public static (World Raised, int PersonId, int SkillId)? OneSkill(World world, int seed)
    {
        var random = new Random(seed);
        var person = world.People[random.Next(world.People.Count)];
        var skills = world.Catalogue.Skills.Ids;
        var skill = skills[random.Next(skills.Length)];
        var column = world.Catalogue.Skills.ColumnOf(skill);
        var current = world.Workforce.LevelOf(column, world.Workforce.IndexOf(person.Id));
        if (current >= 7)
        {
            return null;
        }
        var raisedTo = random.Next(current + 1, 8);
        var raised = person with { Evidence = [.. person.Evidence, new SkillEvidence(skill, raisedTo, EvidenceSource.Assessment, world.Organisation.ReferenceDate)] };
        return (world.WithPerson(raised), person.Id, skill);
    }
}
