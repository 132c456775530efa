using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace BcmWorkflows.Data;

/// <summary>
/// Stable 64-bit keys for PostgreSQL advisory locks: the first 8 bytes of SHA-256 over a scope and an id,
/// the same on every node and every run. The scope keeps instance and definition locks apart.
/// </summary>
internal static class AdvisoryLockKey
{
    public const string Instance = "instance";
    public const string Definition = "definition";
    public const string Migrations = "migrations";

    public static long For(string scope, string id)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{scope}:{id}"), hash);
        return BinaryPrimitives.ReadInt64BigEndian(hash);
    }
}
