using System.Globalization;

namespace BcmWorkflows.Notifications.Tests.Support;

/// <summary>Distinct valid E.164 numbers per test, so that tests sharing a database never see each other's requests.</summary>
public static class TestPhones
{
    private static int _next = Random.Shared.Next(1_000_000, 8_000_000);

    /// <summary>A new German mobile number (+49151…, valid for libphonenumber).</summary>
    public static string Next() => "+49151" + Interlocked.Increment(ref _next).ToString("D8", CultureInfo.InvariantCulture);
}
