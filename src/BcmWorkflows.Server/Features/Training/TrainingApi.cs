namespace BcmWorkflows.Server.Features.Training;

public static class TrainingApi
{
    /// <summary>Training courses (<c>/training/courses</c>) and assignments (<c>/training/assignments</c>).</summary>
    public static RouteGroupBuilder MapTrainingApi(this RouteGroupBuilder api)
    {
        TrainingCourses.Map(api.MapGroup("/training/courses").WithTags("Training"));
        TrainingAssignments.Map(api.MapGroup("/training/assignments").WithTags("Training"));
        return api;
    }
}
