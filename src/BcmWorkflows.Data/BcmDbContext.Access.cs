using BcmWorkflows.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Data;

public partial class BcmDbContext
{
    /// <summary>Integration API keys (hashes only).</summary>
    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();
}
