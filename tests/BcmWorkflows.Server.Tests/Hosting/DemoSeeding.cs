using BcmWorkflows.Server.Hosting.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Server.Tests.Hosting;

internal static class DemoSeeding
{
    /// <summary>Runs the demo seeder once more, as a restart would.</summary>
    public static async Task SeedDemoAgainAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
    }
}
