namespace CareerPaths.Matching.Learning;

/// <summary>What "cheapest" means for a learning plan.</summary>
public enum LearningObjective
{
    Hours = 0,
    Cost = 1,
}
