using System.Globalization;
using System.Text.RegularExpressions;

namespace BcmWorkflows.Domain;

/// <summary>
/// ISO 8601 durations as BIA figures and recovery steps use them (<c>PT4H</c>, <c>P2D</c>, <c>P1W</c>,
/// <c>P1DT12H</c>). Years and months are refused: their length varies, so an RTO in months could not be compared
/// with the sum of recovery steps.
/// </summary>
public static partial class IsoDuration
{
    /// <summary>True and the length when <paramref name="text"/> is a positive or zero duration in weeks, days, hours, minutes, seconds.</summary>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || match.Groups.Cast<Group>().Skip(1).All(g => !g.Success)) return false;
        double Part(string name) => match.Groups[name].Success ? double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        try
        {
            value = TimeSpan.FromDays(Part("w") * 7 + Part("d")) + TimeSpan.FromHours(Part("h")) + TimeSpan.FromMinutes(Part("m"))
                + TimeSpan.FromSeconds(Part("s"));
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>A duration written back in ISO 8601 (<c>P1DT2H</c>, <c>PT30M</c>, <c>PT0S</c>).</summary>
    public static string Format(TimeSpan value)
    {
        if (value <= TimeSpan.Zero) return "PT0S";
        var text = "P" + (value.Days > 0 ? $"{value.Days}D" : "");
        var time = (value.Hours > 0 ? $"{value.Hours}H" : "") + (value.Minutes > 0 ? $"{value.Minutes}M" : "") + (value.Seconds > 0 ? $"{value.Seconds}S" : "");
        return time.Length > 0 ? $"{text}T{time}" : text;
    }

    /// <summary>Readable for people (<c>1 d 4 h</c>), used in warnings and documents.</summary>
    public static string Describe(TimeSpan value)
    {
        var parts = new List<string>();
        if (value.Days > 0) parts.Add($"{value.Days} d");
        if (value.Hours > 0) parts.Add($"{value.Hours} h");
        if (value.Minutes > 0) parts.Add($"{value.Minutes} min");
        return parts.Count == 0 ? "0 h" : string.Join(' ', parts);
    }

    [GeneratedRegex(@"^P(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?=\d)(?:(?<h>\d+)H)?(?:(?<m>\d+)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
