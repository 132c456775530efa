using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace BcmWorkflows.Server.Auth.ApiKeys;

/// <summary>
/// The key format <c>bcm_{id}_{secret}</c>: a public id (finds the row) and 256 random bits (proves possession).
/// Only SHA-256 of the secret is stored. A salted slow hash is not needed: the secret is random, not a password
/// a person chose, so there is nothing to guess from its hash.
/// </summary>
public static class ApiKeySecret
{
    private const string Prefix = "bcm_";
    private const int IdBytes = 8;
    private const int SecretBytes = 32;

    /// <summary>A new key: its id, the full key to show once, and the hash to store.</summary>
    public static (string Id, string Key, byte[] Hash) Create()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdBytes));
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SecretBytes));
        return (id, $"{Prefix}{id}_{secret}", Hash(secret));
    }

    /// <summary>Splits a presented key into id and secret; false for anything not shaped like one of ours.</summary>
    public static bool TryParse(string? key, [NotNullWhen(true)] out string? id, [NotNullWhen(true)] out string? secret)
    {
        id = secret = null;
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var rest = key.AsSpan(Prefix.Length);
        var separator = rest.IndexOf('_');
        if (separator != IdBytes * 2 || rest.Length - separator - 1 != SecretBytes * 2) return false;
        id = rest[..separator].ToString();
        secret = rest[(separator + 1)..].ToString();
        return true;
    }

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>Compares in constant time, so response timing says nothing about how much of a guess was right.</summary>
    public static bool Matches(string secret, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(secret), storedHash);
}
