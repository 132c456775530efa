using BcmWorkflows.Data;
using BcmWorkflows.Data.Entities;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Hosting.Demo;
using BcmWorkflows.Server.Scheduling;

namespace BcmWorkflows.Server.Hosting;

public static class StartupTasks
{
    /// <summary>Before serving: migrate the database, seed roles, the administrator and the standard BCM roles, import shipped workflows, reconcile cron triggers.</summary>
    public static async Task PrepareBcmAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var cancellation = app.Lifetime.ApplicationStopping;
        await services.MigrateBcmDatabaseAsync(cancellation);
        await services.GetRequiredService<AdminSeeder>().SeedAsync();
        await services.GetRequiredService<StandardRolesSeeder>().SeedAsync(cancellation);
        if (app.Configuration.GetValue<bool>(DemoOptions.Key)) await services.GetRequiredService<DemoSeeder>().SeedAsync(cancellation);

        var folder = ContentFolders.Find("workflows", app.Configuration["Bcm:Workflows:Path"], app.Environment.ContentRootPath);
        if (folder is null) app.Logger.LogWarning("No workflows/ folder found; no shipped workflows imported (set Bcm:Workflows:Path)");
        else await services.GetRequiredService<ShippedWorkflowImporter>().ImportAsync(folder, cancellation);

        var triggers = await services.GetRequiredService<WorkflowDefinitionService>().PublishedCronTriggersAsync(cancellation);
        await services.GetRequiredService<CronTriggerSynchronizer>().ReconcileAsync(triggers, cancellation);
    }
}
