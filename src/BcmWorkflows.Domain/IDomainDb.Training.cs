using BcmWorkflows.Domain.Actions;
using BcmWorkflows.Domain.Exercises;
using BcmWorkflows.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Domain;

public partial interface IDomainDb
{
    DbSet<TrainingCourse> TrainingCourses { get; }
    DbSet<TrainingAssignment> TrainingAssignments { get; }
    DbSet<Exercise> Exercises { get; }
    DbSet<ExerciseFinding> ExerciseFindings { get; }
    DbSet<ImprovementAction> ImprovementActions { get; }
}
