using BcmWorkflows.TestSupport;

namespace BcmWorkflows.Fault.Tests.Harness;

/// <summary>
/// A fresh database, an SMTP catcher and N server nodes configured to share both (only through environment
/// variables, as an operator would). Disposing kills every node and drops the database.
/// </summary>
public sealed class FaultCluster : IAsyncDisposable
{
    public const string AdminEmail = "admin@fault.test";
    public const string AdminPassword = "Fault-Passw0rd!";

    private FaultCluster(TestDatabase database, SmtpListener smtp, IReadOnlyList<ServerNode> nodes)
    {
        Database = database;
        Smtp = smtp;
        Nodes = nodes;
        Client = new ClusterClient(nodes);
    }

    public TestDatabase Database { get; }

    public SmtpListener Smtp { get; }

    public IReadOnlyList<ServerNode> Nodes { get; }

    public ClusterClient Client { get; }

    /// <summary>
    /// Creates the database and the nodes, starts them one after the other (the first migrates), signs in the
    /// administrator. <paramref name="extra"/> adds or overrides environment variables of every node.
    /// </summary>
    public static async Task<FaultCluster> StartAsync(string provider, int nodeCount, string testName, IDictionary<string, string>? extra = null) =>
        await StartAsync(await TestDatabase.CreateAsync(provider), nodeCount, testName, extra);

    /// <summary>As above, on a database the caller created (e.g. on a private PostgreSQL server); disposing drops it.</summary>
    public static async Task<FaultCluster> StartAsync(TestDatabase database, int nodeCount, string testName, IDictionary<string, string>? extra = null)
    {
        var smtp = await SmtpListener.StartAsync();
        var environment = new Dictionary<string, string>
        {
            ["Bcm__Database__Provider"] = database.Provider,
            ["ConnectionStrings__Bcm"] = database.ConnectionString,
            ["Bcm__Admin__Email"] = AdminEmail,
            ["Bcm__Admin__Password"] = AdminPassword,
            ["Bcm__Workflows__Path"] = RepoPaths.Workflows,
            ["Bcm__Templates__Path"] = RepoPaths.Templates,
            // Recovery within the test's minutes rather than production's: a dead node's claimed messages and Running
            // instances are taken over after these (defaults 2 minutes and 30 seconds; a claim may not be shorter than two 30 s send timeouts).
            ["Bcm__Outbox__ClaimTimeout"] = "00:01:00",
            ["Bcm__Scheduling__MaintenanceInterval"] = "00:00:10",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            ["Logging__LogLevel__BcmWorkflows"] = "Information",
        };
        foreach (var (key, value) in smtp.Environment()) environment[key] = value;
        if (extra is not null) foreach (var (key, value) in extra) environment[key] = value;

        var nodes = Enumerable.Range(1, nodeCount).Select(i => new ServerNode($"{testName}-node{i}", environment)).ToList();
        // Links in emails point at the first node; the test sends them to whichever node is alive.
        foreach (var node in nodes) node.Environment["Bcm__Ack__PublicBaseUrl"] = nodes[0].Url.ToString().TrimEnd('/');
        var cluster = new FaultCluster(database, smtp, nodes);
        try
        {
            foreach (var node in nodes) await node.StartAsync();
            await cluster.Client.SignInAsync(AdminEmail, AdminPassword);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes) node.Dispose();
        Client.Dispose();
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
    }
}
