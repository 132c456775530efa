using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Notifications.Acknowledgements;

/// <summary>
/// The key that signs acknowledgement links: <c>Bcm:Ack:SigningKey</c> (base64, at least 16 bytes) when configured;
/// otherwise 32 random bytes made once and kept in the database as the <see cref="ServerSecret"/>
/// <c>ack-link-key</c>, so that every node signs and checks with the same key. Nodes racing to make it both insert;
/// the loser's insert fails on the primary key and it reads the winner's. Loaded once per process.
/// </summary>
public sealed class AckLinkKey(IOptions<AckOptions> options, IServiceScopeFactory scopes, TimeProvider clock, ILogger<AckLinkKey> logger)
{
    public const string SecretName = "ack-link-key";
    public const int MinimumConfiguredLength = 16;
    private const int GeneratedLength = 32;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _key;

    /// <summary>The signing key (loads or creates it on first use).</summary>
    public async ValueTask<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is { } known) return known;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _key ??= options.Value.SigningKey is { Length: > 0 } configured
                ? Decode(configured) ?? throw new InvalidOperationException(InvalidKeyMessage)
                : await LoadOrCreateAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Says what is wrong with a configured key, for options validation at start-up.</summary>
    public const string InvalidKeyMessage = "Bcm:Ack:SigningKey must be base64 of at least 16 random bytes (e.g. the output of `openssl rand -base64 32`).";

    /// <summary>The bytes of a configured key, or null when it is not base64 of at least <see cref="MinimumConfiguredLength"/> bytes.</summary>
    public static byte[]? Decode(string configured)
    {
        try
        {
            var bytes = Convert.FromBase64String(configured.Trim());
            return bytes.Length >= MinimumConfiguredLength ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task<byte[]> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        if (await ReadAsync(cancellationToken) is { } stored) return stored;

        var created = RandomNumberGenerator.GetBytes(GeneratedLength);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<INotificationsDb>();
            db.ServerSecrets.Add(new ServerSecret { Name = SecretName, Value = Convert.ToBase64String(created), CreatedAt = clock.GetUtcNow() });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Created the acknowledgement link signing key (server secret {SecretName})", SecretName);
                return created;
            }
            catch (DbUpdateException ex)
            {
                logger.LogDebug(ex, "Another node created the link signing key first; using theirs");
            }
        }
        return await ReadAsync(cancellationToken)
            ?? throw new InvalidOperationException($"The server secret '{SecretName}' could neither be created nor read.");
    }

    private async Task<byte[]?> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<INotificationsDb>();
        var value = await db.ServerSecrets.AsNoTracking().Where(s => s.Name == SecretName).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        return value is null ? null : Convert.FromBase64String(value);
    }
}
