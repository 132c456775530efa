using System.Reflection;

namespace BcmWorkflows.Server.Tests.Architecture;

/// <summary>
/// References flow one way: Engine ← Activities ← Data ← Server, and Notifications ← Domain ← Activities, Data. Notifications knows
/// nothing of workflows; only the server knows the engine and the channels together (and HTTP, Quartz and EF).
/// </summary>
public sealed class DependencyDirectionTests
{
    private static readonly Assembly Engine = typeof(BcmWorkflows.Engine.Runtime.WorkflowRuntime).Assembly;
    private static readonly Assembly Activities = typeof(BcmWorkflows.Activities.ControlFlow.Decision).Assembly;
    private static readonly Assembly Data = typeof(BcmWorkflows.Data.BcmDbContext).Assembly;
    private static readonly Assembly Notifications = typeof(BcmWorkflows.Notifications.INotificationsDb).Assembly;

    [Fact]
    public void Engine_knows_no_web_no_database_and_no_activity_library()
    {
        var references = Names(Engine);
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Quartz", StringComparison.Ordinal));
        Assert.DoesNotContain("BcmWorkflows.Activities", references);
        Assert.DoesNotContain("BcmWorkflows.Data", references);
        Assert.DoesNotContain("BcmWorkflows.Server", references);
    }

    [Fact]
    public void The_scripting_bridge_depends_on_Scriban_only()
    {
        var references = Names(typeof(BcmWorkflows.Scripting.ScriptValues).Assembly);
        Assert.Contains("Scriban.Signed", references);
        Assert.DoesNotContain(references, r => r.StartsWith("BcmWorkflows", StringComparison.Ordinal));
    }

    [Fact]
    public void Notifications_know_nothing_of_workflows_the_database_provider_or_the_server()
    {
        var references = Names(Notifications);
        Assert.DoesNotContain("BcmWorkflows.Engine", references);
        Assert.DoesNotContain("BcmWorkflows.Activities", references);
        Assert.DoesNotContain("BcmWorkflows.Data", references);
        Assert.DoesNotContain("BcmWorkflows.Server", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Npgsql", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Quartz", StringComparison.Ordinal));
    }

    [Fact]
    public void The_domain_knows_no_workflows_no_web_and_no_database_provider()
    {
        var references = Names(typeof(BcmWorkflows.Domain.IDomainDb).Assembly);
        Assert.DoesNotContain("BcmWorkflows.Engine", references);
        Assert.DoesNotContain("BcmWorkflows.Activities", references);
        Assert.DoesNotContain("BcmWorkflows.Data", references);
        Assert.DoesNotContain("BcmWorkflows.Server", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Npgsql", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Quartz", StringComparison.Ordinal));
    }

    [Fact]
    public void Activities_depend_on_the_engine_and_the_notification_services_only()
    {
        var references = Names(Activities);
        Assert.Contains("BcmWorkflows.Engine", references);
        Assert.DoesNotContain("BcmWorkflows.Data", references);
        Assert.DoesNotContain("BcmWorkflows.Server", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Data_does_not_know_the_server_or_the_scheduler()
    {
        var references = Names(Data);
        Assert.DoesNotContain("BcmWorkflows.Server", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Quartz", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_activity_lives_in_the_activity_library_or_the_engine_and_is_sealed()
    {
        var activities = Activities.GetTypes().Where(t => typeof(BcmWorkflows.Engine.Activities.Activity).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.NotEmpty(activities);
        Assert.All(activities, t => Assert.True(t.IsSealed, $"{t.Name} should be sealed: activities are leaves, not base classes."));
    }

    private static HashSet<string> Names(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).ToHashSet(StringComparer.Ordinal);
}
