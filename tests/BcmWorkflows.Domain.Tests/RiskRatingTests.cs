using BcmWorkflows.Domain.Risks;

namespace BcmWorkflows.Domain.Tests;

public sealed class RiskRatingTests
{
    [Theory]
    [InlineData(1, 1, 1, RiskLevel.Low)]
    [InlineData(2, 2, 4, RiskLevel.Low)]
    [InlineData(1, 5, 5, RiskLevel.Medium)]
    [InlineData(3, 3, 9, RiskLevel.Medium)]
    [InlineData(2, 5, 10, RiskLevel.High)]
    [InlineData(5, 3, 15, RiskLevel.High)]
    [InlineData(4, 4, 16, RiskLevel.Critical)]
    [InlineData(5, 5, 25, RiskLevel.Critical)]
    public void The_rating_is_likelihood_times_impact_and_its_level_follows_the_documented_bands(int likelihood, int impact, int rating, RiskLevel level)
    {
        Assert.Equal(rating, RiskRating.Of(likelihood, impact));
        Assert.Equal(level, RiskRating.LevelOf(rating));
    }
}
