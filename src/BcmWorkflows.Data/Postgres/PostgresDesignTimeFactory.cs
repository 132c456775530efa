using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BcmWorkflows.Data;

/// <summary>Lets <c>dotnet ef migrations add X --context PostgresBcmDbContext</c> build the context without the server or a database.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBcmDbContext>
{
    public PostgresBcmDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresBcmDbContext>();
        PostgresBcmDbContext.Configure(options, "Host=localhost;Database=bcm_design_time;Username=bcm;Password=bcm");
        return new PostgresBcmDbContext(options.Options);
    }
}
