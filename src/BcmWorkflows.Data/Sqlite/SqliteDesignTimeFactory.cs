using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BcmWorkflows.Data;

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteBcmDbContext</c> build the context without the server.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBcmDbContext>
{
    public SqliteBcmDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteBcmDbContext>();
        SqliteBcmDbContext.Configure(options, "Data Source=design-time.db");
        return new SqliteBcmDbContext(options.Options);
    }
}
