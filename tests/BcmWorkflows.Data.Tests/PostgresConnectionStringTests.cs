using Npgsql;

namespace BcmWorkflows.Data.Tests;

public class PostgresConnectionStringTests
{
    [Fact]
    public void The_engine_pool_skips_the_reset_on_reuse_by_default()
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresBcmDbContext.WithoutResetOnClose("Host=db;Username=bcm;Password=x;Database=bcm"));

        Assert.True(result.NoResetOnClose);
        Assert.Equal("db", result.Host);
        Assert.Equal("bcm", result.Database);
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false")]
    [InlineData("Host=db;NO RESET ON CLOSE=False")]
    public void An_explicit_setting_in_the_configured_string_wins(string configured)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresBcmDbContext.WithoutResetOnClose(configured));

        Assert.False(result.NoResetOnClose);
    }
}
