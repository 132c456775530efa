using BcmWorkflows.Domain.Organisation;

namespace BcmWorkflows.Server.Hosting.Demo;

/// <summary>
/// The demo organisation: a Hong Kong head office with a Shenzhen back office, the people in it (English and Chinese,
/// +852 and +86 numbers — the latter cannot reply by SMS, so their call-tree messages carry links) and who holds which
/// BCM role. Ids are fixed (<c>demo-…</c>) so that seeding twice changes nothing and demo scripts can name them.
/// </summary>
internal static class DemoOrganisation
{
    public sealed record DemoPerson(string Id, string Name, string Email, string Phone, string Language, string OrgUnit, string Channels = "Sms,Email");

    public static readonly IReadOnlyList<(string Id, string Name, string? Parent, string Manager)> Units =
    [
        ("demo-head-office", "Head office (Hong Kong)", null, "demo-p-chan"),
        ("demo-it", "IT operations", "demo-head-office", "demo-p-lee"),
        ("demo-payments", "Payments operations", "demo-head-office", "demo-p-wong"),
        ("demo-shenzhen", "Shenzhen back office", "demo-head-office", "demo-p-zhang"),
    ];

    public static readonly IReadOnlyList<DemoPerson> People =
    [
        new("demo-p-chan", "Chan Tai Man", "chan.taiman@example.org", "+85251234001", "en", "demo-head-office"),
        new("demo-p-wong", "Wong Mei Ling", "wong.meiling@example.org", "+85251234002", "en", "demo-payments"),
        new("demo-p-lee", "Lee Ka Ho", "lee.kaho@example.org", "+85251234003", "en", "demo-it"),
        new("demo-p-ng", "Ng Siu Fung", "ng.siufung@example.org", "+85251234004", "en", "demo-it"),
        new("demo-p-ho", "Ho Wing Yan", "ho.wingyan@example.org", "+85251234005", "en", "demo-payments"),
        new("demo-p-cheung", "Cheung Ka Yee", "cheung.kayee@example.org", "+85251234006", "en", "demo-head-office", "Email,Sms"),
        new("demo-p-zhang", "张伟", "zhang.wei@example.cn", "+8613800138001", "zh-CN", "demo-shenzhen"),
        new("demo-p-li", "李娜", "li.na@example.cn", "+8613800138002", "zh-CN", "demo-shenzhen"),
        new("demo-p-wang", "王芳", "wang.fang@example.cn", "+8613800138003", "zh-CN", "demo-shenzhen"),
        new("demo-p-liu", "刘洋", "liu.yang@example.cn", "+8613800138004", "zh-CN", "demo-it"),
    ];

    public static readonly IReadOnlyList<(string Role, string Person, int Rank)> Holders =
    [
        (StandardRoles.IncidentResponderL1, "demo-p-ng", 1),
        (StandardRoles.IncidentResponderL1, "demo-p-liu", 2),
        (StandardRoles.IncidentResponderL2, "demo-p-lee", 1),
        (StandardRoles.CrisisManager, "demo-p-chan", 1),
        (StandardRoles.CrisisManager, "demo-p-wong", 2),
        (StandardRoles.CrisisTeam, "demo-p-chan", 1),
        (StandardRoles.CrisisTeam, "demo-p-wong", 1),
        (StandardRoles.CrisisTeam, "demo-p-lee", 1),
        (StandardRoles.CrisisTeam, "demo-p-zhang", 1),
        (StandardRoles.BcmCoordinator, "demo-p-cheung", 1),
        (StandardRoles.ItRecoveryLead, "demo-p-lee", 1),
        (StandardRoles.CommunicationsLead, "demo-p-ho", 1),
        (StandardRoles.FacilitiesLead, "demo-p-zhang", 1),
    ];
}
