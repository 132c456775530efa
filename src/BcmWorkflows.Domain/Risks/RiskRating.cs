namespace BcmWorkflows.Domain.Risks;

/// <summary>
/// A risk's rating is likelihood × impact (each 1 to 5, so 1 to 25) and its level the band the rating falls in:
/// 1–4 <see cref="RiskLevel.Low"/>, 5–9 <see cref="RiskLevel.Medium"/>, 10–15 <see cref="RiskLevel.High"/>,
/// 16–25 <see cref="RiskLevel.Critical"/> (so "likely and major", 4 × 4, is critical, and any certain or
/// catastrophic risk with at least a moderate partner, 5 × 3 or 3 × 5, is high).
/// </summary>
public static class RiskRating
{
    public const int Min = 1;
    public const int Max = 5;

    public static int Of(int likelihood, int impact) => likelihood * impact;

    public static RiskLevel LevelOf(int rating) => rating switch
    {
        <= 4 => RiskLevel.Low,
        <= 9 => RiskLevel.Medium,
        <= 15 => RiskLevel.High,
        _ => RiskLevel.Critical,
    };
}
