namespace CareerPaths.Api.Data.Learning;

public enum LearningFormat
{
    Online,
    Classroom,
    Blended,
    OnTheJob,
}
