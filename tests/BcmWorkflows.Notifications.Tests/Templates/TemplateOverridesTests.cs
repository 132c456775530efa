using System.Text.Json.Nodes;
using BcmWorkflows.Notifications.Templates;
using BcmWorkflows.TestSupport;

namespace BcmWorkflows.Notifications.Tests.Templates;

/// <summary>A templates folder with one shipped key per test, on a database of one provider.</summary>
public abstract class OverridesFixture(string provider) : IAsyncLifetime
{
    public const int Keys = 8;

    public TemplateFolder Folder { get; } = new();
    public TemplatesHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        for (var i = 1; i <= Keys; i++)
        {
            Folder.With($"key-{i}", "sms.sbn", "Shipped {{ name }}").With($"key-{i}", "sms.zh-CN.sbn", "已发布 {{ name }}");
        }
        Host = await TemplatesHost.StartAsync(provider, Folder.Path);
    }

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
        Folder.Dispose();
    }
}

public sealed class SqliteOverrides() : OverridesFixture(TestDatabase.Sqlite);

public sealed class PostgresOverrides() : OverridesFixture(TestDatabase.Postgres);

/// <summary>Coordinators' overrides: newest version wins, a deletion goes back to the shipped file, versions are kept.</summary>
public abstract class TemplateOverridesTests(OverridesFixture fixture)
{
    private static JsonObject Model() => new() { ["name"] = "Ana" };

    private Task<RenderedMessage> SmsAsync(string key, string language = "en") =>
        fixture.Host.RenderAsync(TemplateSource.ForKey(key), Channel.Sms, language, Model());

    private Task<TemplateOverride> SaveAsync(string key, string file, string content, string by = "coordinator@bcm.test") =>
        fixture.Host.CatalogAsync(c => c.SaveAsync(key, file, content, by, CancellationToken.None));

    private Task<TemplateOverride?> RevertAsync(string key, string file) =>
        fixture.Host.CatalogAsync(c => c.RevertAsync(key, file, "coordinator@bcm.test", CancellationToken.None));

    private Task<IReadOnlyList<TemplateOverride>> VersionsAsync(string key, string file) =>
        fixture.Host.CatalogAsync(c => c.VersionsAsync(key, file, CancellationToken.None));

    [Fact]
    public async Task An_override_renders_at_once_and_a_deletion_goes_back_to_the_shipped_file()
    {
        Assert.Equal(("Shipped Ana", TemplateOrigin.Shipped), ((await SmsAsync("key-1")).Body, (await SmsAsync("key-1")).Source));

        await SaveAsync("key-1", "sms.sbn", "Override {{ name }}");
        var overridden = await SmsAsync("key-1");
        await RevertAsync("key-1", "sms.sbn");
        var reverted = await SmsAsync("key-1");

        Assert.Equal(("Override Ana", TemplateOrigin.Override), (overridden.Body, overridden.Source));
        Assert.Equal(("Shipped Ana", TemplateOrigin.Shipped), (reverted.Body, reverted.Source));
    }

    [Fact]
    public async Task The_newest_version_wins_and_every_version_is_kept_with_who_and_when()
    {
        await SaveAsync("key-2", "sms.sbn", "First {{ name }}", "ana@bcm.test");
        fixture.Host.Clock.Advance(TimeSpan.FromMinutes(5));
        await SaveAsync("key-2", "sms.sbn", "Second {{ name }}", "ben@bcm.test");
        await RevertAsync("key-2", "sms.sbn");
        await SaveAsync("key-2", "sms.sbn", "Fourth {{ name }}", "ana@bcm.test");

        var versions = await VersionsAsync("key-2", "sms.sbn");

        Assert.Equal("Fourth Ana", (await SmsAsync("key-2")).Body);
        Assert.Equal([4, 3, 2, 1], versions.Select(v => v.Version));
        Assert.Equal([false, true, false, false], versions.Select(v => v.Deleted));
        Assert.Equal(["ana@bcm.test", "coordinator@bcm.test", "ben@bcm.test", "ana@bcm.test"], versions.Select(v => v.CreatedBy));
        Assert.Equal("Second {{ name }}", versions[2].Content);
        Assert.Equal(TimeSpan.FromMinutes(5), versions[2].CreatedAt - versions[3].CreatedAt);
    }

    [Fact]
    public async Task A_language_variant_override_changes_only_that_language()
    {
        await SaveAsync("key-3", "sms.zh-CN.sbn", "覆盖 {{ name }}");

        Assert.Equal("覆盖 Ana", (await SmsAsync("key-3", "zh-CN")).Body);
        Assert.Equal(("Shipped Ana", TemplateOrigin.Shipped), ((await SmsAsync("key-3", "en")).Body, (await SmsAsync("key-3", "en")).Source));
    }

    [Fact]
    public async Task Content_that_does_not_parse_is_refused_and_nothing_is_stored()
    {
        var ex = await Assert.ThrowsAsync<TemplateRenderException>(() => SaveAsync("key-4", "sms.sbn", "Hello\n{{ for x in }}"));

        Assert.Equal(("key-4", "sms.sbn", 2), (ex.Template, ex.File, ex.Line));
        Assert.Empty(await VersionsAsync("key-4", "sms.sbn"));
        Assert.Equal("Shipped Ana", (await SmsAsync("key-4")).Body);
    }

    [Fact]
    public async Task A_new_key_can_be_created_by_override_and_disappears_when_reverted()
    {
        await SaveAsync("brand-new-key", "sms.sbn", "New {{ name }}");
        var listed = await fixture.Host.CatalogAsync(c => c.ListAsync(CancellationToken.None));
        var rendered = await SmsAsync("brand-new-key");
        await RevertAsync("brand-new-key", "sms.sbn");

        var entry = Assert.Single(listed, k => k.Key == "brand-new-key");
        Assert.True(entry.HasOverride);
        Assert.False(entry.IsShipped);
        Assert.Equal(("New Ana", TemplateOrigin.Override), (rendered.Body, rendered.Source));
        Assert.Null(await fixture.Host.CatalogAsync(c => c.FindAsync("brand-new-key", CancellationToken.None)));
        await Assert.ThrowsAsync<TemplateRenderException>(() => SmsAsync("brand-new-key"));
    }

    [Fact]
    public async Task Reverting_with_no_override_in_force_reverts_nothing()
    {
        Assert.Null(await RevertAsync("key-5", "sms.sbn"));

        await SaveAsync("key-5", "sms.sbn", "Override");
        Assert.NotNull(await RevertAsync("key-5", "sms.sbn"));
        Assert.Null(await RevertAsync("key-5", "sms.sbn"));
        Assert.Equal(2, (await VersionsAsync("key-5", "sms.sbn")).Count);
    }

    [Fact]
    public async Task Concurrent_saves_of_one_file_each_get_their_own_version()
    {
        var saves = Enumerable.Range(1, 4).Select(i => SaveAsync("key-6", "sms.sbn", $"Save {i}")).ToList();
        await Task.WhenAll(saves);

        Assert.Equal([1, 2, 3, 4], (await VersionsAsync("key-6", "sms.sbn")).Select(v => v.Version).Order());
    }
}

public sealed class TemplateOverridesTests_Sqlite(SqliteOverrides fixture) : TemplateOverridesTests(fixture), IClassFixture<SqliteOverrides>;

public sealed class TemplateOverridesTests_Postgres(PostgresOverrides fixture) : TemplateOverridesTests(fixture), IClassFixture<PostgresOverrides>;
