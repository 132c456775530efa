using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Engine.Stores;
using BcmWorkflows.Engine.Validation;
using Microsoft.Data.Sqlite;
using Quartz;

namespace BcmWorkflows.Server.Scheduling;

public static class SchedulingSetup
{
    /// <summary>
    /// Quartz with a persistent store: the clustered ADO store on PostgreSQL (every node may fire,
    /// each trigger fires on one), Quartz's SQLite store on the embedded default. Timers, cron
    /// triggers and the maintenance sweep all live there, so none is lost across a restart.
    /// </summary>
    public static IServiceCollection AddBcmScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("Bcm:Scheduling").Get<SchedulingOptions>() ?? new SchedulingOptions();
        services.AddOptions<SchedulingOptions>().Bind(configuration.GetSection("Bcm:Scheduling"));
        var database = DatabaseOptions.FromConfiguration(configuration);

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = "bcm");
            q.UseDefaultThreadPool(p => p.MaxConcurrency = settings.MaxConcurrency);
            q.UsePersistentStore(store =>
            {
                store.ConfigureStore(o => o.StoreJobDataAsStrings = true);
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
                if (database.IsPostgres)
                {
                    store.UsePostgres(settings.ConnectionString ?? database.ConnectionString);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(5);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(15);
                    });
                }
                else
                {
                    store.UseSqlite(settings.ConnectionString ?? QuartzSqliteConnectionString(database.ConnectionString));
                }
            });
            q.AddJob<ResumeTimerJob>(j => j.WithIdentity(SchedulingKeys.ResumeTimerJob).StoreDurably());
            q.AddJob<StartWorkflowJob>(j => j.WithIdentity(SchedulingKeys.StartWorkflowJob).StoreDurably());
            q.AddJob<MaintenanceJob>(j => j.WithIdentity(SchedulingKeys.MaintenanceJob).StoreDurably());
            q.AddTrigger(t => t.WithIdentity("maintenance", "bcm").ForJob(SchedulingKeys.MaintenanceJob)
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(settings.MaintenanceInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddSingleton<IWorkflowTimerScheduler, QuartzTimerScheduler>();
        services.AddSingleton<CronTriggerSynchronizer>();
        services.AddSingleton<IDefinitionRule, QuartzCronRule>();
        return services;
    }

    // Quartz polls its tables often; a file of its own keeps it from contending with workflow commits.
    private static string QuartzSqliteConnectionString(string main)
    {
        var builder = new SqliteConnectionStringBuilder(main);
        var path = builder.DataSource;
        if (string.IsNullOrEmpty(path) || path == ":memory:") throw new InvalidOperationException("An in-memory SQLite database needs Bcm:Scheduling:ConnectionString.");
        builder.DataSource = Path.Combine(Path.GetDirectoryName(path) ?? "", Path.GetFileNameWithoutExtension(path) + "-quartz.db");
        return builder.ToString();
    }
}
