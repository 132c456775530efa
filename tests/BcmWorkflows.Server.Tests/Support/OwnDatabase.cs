using System.Net.Http.Headers;
using BcmWorkflows.TestSupport;

namespace BcmWorkflows.Server.Tests.Support;

/// <summary>
/// A database for one test that starts servers of its own on it, one after another (restarts): each
/// <see cref="StartAsync"/> is a new host on the same database and the same Quartz store.
/// </summary>
public sealed class OwnDatabase : IAsyncDisposable
{
    private OwnDatabase(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public static async Task<OwnDatabase> CreateAsync(string provider) => new(await TestDatabase.CreateAsync(provider));

    /// <summary>Starts a server (migrations, seeding, import) and returns it with an administrator's client.</summary>
    public async Task<(BcmServerFactory Host, HttpClient Client)> StartAsync(ServerOptions? options = null)
    {
        var host = new BcmServerFactory(Database, options);
        try
        {
            await BcmServerFactory.StartAsync(host);
            var client = host.CreateClient(new() { HandleCookies = false });
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                await Auth.LoginAsync(client, BcmServerFactory.AdminEmail, BcmServerFactory.AdminPassword));
            return (host, client);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        BcmServerFactory.DeleteQuartzFile(Database);
        await Database.DisposeAsync();
    }
}
