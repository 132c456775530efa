namespace BcmWorkflows.Data.Domain;

/// <summary>Column lengths shared by the domain's tables.</summary>
internal static class Lengths
{
    public const int Id = 64;
    public const int Key = 100;
    public const int Name = 200;
    public const int Subject = 200;
    public const int Status = 40;
    public const int Actor = 450;
    public const int Text = 4000;
}
