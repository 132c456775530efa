using BcmWorkflows.Domain;
using BcmWorkflows.Domain.Exercises;

namespace BcmWorkflows.Domain.Tests.Exercises;

public sealed class ExerciseStatusTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_exercise_is_conducted_then_evaluated()
    {
        var exercise = new Exercise { Id = "e1", Title = "DC failover" };
        exercise.MoveTo(ExerciseStatus.Conducted, Now);
        exercise.MoveTo(ExerciseStatus.Evaluated, Now.AddDays(1));
        Assert.Equal(ExerciseStatus.Evaluated, exercise.Status);
        Assert.Equal(Now, exercise.ConductedAt);
        Assert.Equal(Now.AddDays(1), exercise.EvaluatedAt);
    }

    [Fact]
    public void A_planned_exercise_cannot_be_evaluated_and_an_evaluated_one_cannot_go_back()
    {
        var exercise = new Exercise { Id = "e1", Title = "DC failover" };
        Assert.Throws<InvalidTransitionException>(() => exercise.MoveTo(ExerciseStatus.Evaluated, Now));
        exercise.MoveTo(ExerciseStatus.Conducted, Now);
        exercise.MoveTo(ExerciseStatus.Evaluated, Now);
        var error = Assert.Throws<InvalidTransitionException>(() => exercise.MoveTo(ExerciseStatus.Planned, Now));
        Assert.Equal("Evaluated", error.From);
    }
}
