using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Data.Tests;

public sealed class DependencyInjectionTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void An_unknown_provider_fails_naming_the_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddBcmData(Config(("Bcm:Database:Provider", "Oracle"))));
        Assert.Contains("Bcm:Database:Provider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_without_a_connection_string_fails_naming_the_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddBcmData(Config(("Bcm:Database:Provider", "postgres"))));
        Assert.Contains("ConnectionStrings:Bcm", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_is_the_default_with_a_file_under_data()
    {
        using var services = new ServiceCollection().AddBcmData(Config()).BuildServiceProvider();
        var options = services.GetRequiredService<DatabaseOptions>();
        Assert.Equal(("Sqlite", "Data Source=data/bcm.db", false), (options.Provider, options.ConnectionString, options.IsPostgres));
        Assert.True(Directory.Exists("data"));
        using var scope = services.CreateScope();
        Assert.IsType<SqliteBcmDbContext>(scope.ServiceProvider.GetRequiredService<BcmDbContext>());
    }

    [Fact]
    public void The_provider_name_is_case_insensitive()
    {
        using var services = new ServiceCollection()
            .AddBcmData(Config(("Bcm:Database:Provider", "POSTGRES"), ("ConnectionStrings:Bcm", "Host=127.0.0.1;Database=x")))
            .BuildServiceProvider();
        Assert.True(services.GetRequiredService<DatabaseOptions>().IsPostgres);
        using var scope = services.CreateScope();
        Assert.IsType<PostgresBcmDbContext>(scope.ServiceProvider.GetRequiredService<BcmDbContext>());
    }
}
