using BcmWorkflows.Domain.Actions;
using BcmWorkflows.Domain.Exercises;
using BcmWorkflows.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Data;

public partial class BcmDbContext
{
    public DbSet<TrainingCourse> TrainingCourses => Set<TrainingCourse>();
    public DbSet<TrainingAssignment> TrainingAssignments => Set<TrainingAssignment>();
    public DbSet<Exercise> Exercises => Set<Exercise>();
    public DbSet<ExerciseFinding> ExerciseFindings => Set<ExerciseFinding>();
    public DbSet<ImprovementAction> ImprovementActions => Set<ImprovementAction>();
}
