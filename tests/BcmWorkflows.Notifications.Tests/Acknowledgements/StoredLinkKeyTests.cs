using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Notifications.Tests.Acknowledgements;

/// <summary>Without a configured key, nodes make one key once and share it through the database.</summary>
public abstract class StoredLinkKeyTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Nodes_racing_to_create_the_key_end_up_with_one_key_that_all_of_them_use()
    {
        await using var one = fixture.Host();
        await using var two = fixture.Host();
        await using var three = fixture.Host();
        var nodes = new[] { one, two, three };

        var keys = await Task.WhenAll(nodes.Select(n => Task.Run(async () => await n.Services.GetRequiredService<AckLinkKey>().GetAsync(default))));

        Assert.All(keys, key => Assert.Equal(keys[0], key));
        Assert.Equal(32, keys[0].Length);
        Assert.Equal(1, await one.DbAsync(db => db.ServerSecrets.CountAsync(s => s.Name == AckLinkKey.SecretName)));

        var token = await one.Services.GetRequiredService<AckLinks>().CreateTokenAsync("req-9", one.Clock.GetUtcNow().AddDays(1), default);
        await using var later = fixture.Host();
        var check = await later.Services.GetRequiredService<AckLinks>().VerifyAsync(token, default);
        Assert.Equal(AckLinkStatus.Valid, check.Status);
        Assert.Equal("req-9", check.AckRequestId);
    }
}

public sealed class StoredLinkKeyTests_Sqlite(SqliteFixture fixture) : StoredLinkKeyTests(fixture), IClassFixture<SqliteFixture>;

public sealed class StoredLinkKeyTests_Postgres(PostgresFixture fixture) : StoredLinkKeyTests(fixture), IClassFixture<PostgresFixture>;
