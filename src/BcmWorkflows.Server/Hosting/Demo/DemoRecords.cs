using BcmWorkflows.Data;
using BcmWorkflows.Domain.CallTrees;
using BcmWorkflows.Domain.Organisation;
using BcmWorkflows.Domain.Plans;
using BcmWorkflows.Domain.Processes;
using BcmWorkflows.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Hosting.Demo;

/// <summary>
/// The demo BCM records, created through the domain services (so they pass the same rules as a coordinator's):
/// two critical processes with BIA figures, a published English plan and a Chinese plan in draft, a head-office call
/// tree in three waves and a plan briefing course. Skipped when the demo plan already exists.
/// </summary>
public sealed class DemoRecords(BcmDbContext db, ProcessRegistry processes, PlanBook plans, PlanRevisions revisions,
    CallTreeService callTrees, TrainingService training)
{
    public const string CallTreeId = "demo-calltree-hq";
    private const string Actor = "demo";
    // The demo seeds as an administrator would: organisation-wide, not limited to an org unit.
    private static readonly PlanActor Seeder = new(Actor, IsAdmin: true);
    private const string PaymentsPlanTitle = "Payments operations BC plan";

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Plans.AnyAsync(p => p.Title == PaymentsPlanTitle, ct)) return;

        var payments = await processes.CreateAsync(new ProcessInput("Payments processing", "Outgoing and incoming payments, RTGS and FPS.",
            "demo-payments", "demo-p-wong", "Critical", "PT4H", "PT15M", "P1D",
            [new("PT1H", 2, 3, 2, 3, "Queued payments, customer calls."), new("PT4H", 4, 4, 4, 5, "Regulator notified."), new("P1D", 5, 5, 5, 5, "Settlement failure.")],
            ["Core banking system", "SWIFT gateway", "Data centre DC1"]), Actor, ct);
        var contact = await processes.CreateAsync(new ProcessInput("Customer contact centre", "Phone and chat support.",
            "demo-head-office", "demo-p-ho", "High", "PT8H", "PT1H", "P2D",
            [new("PT4H", 1, 2, 3, 1, null), new("P1D", 2, 3, 4, 2, null)], ["Telephony provider", "CRM"]), Actor, ct);
        await db.SaveChangesAsync(ct);

        var plan = await plans.CreateAsync(new PlanInput(PaymentsPlanTitle, "demo-payments", "demo-p-wong", ["demo-p-chan"], [payments.Id, contact.Id], 12, "en"), Seeder, ct);
        await db.SaveChangesAsync(ct);
        await revisions.OpenAsync(plan.Id, Seeder, ct);
        await db.SaveChangesAsync(ct);
        await revisions.EditAsync(plan.Id, 1, PaymentsContent(payments.Id, contact.Id), Seeder, ct);
        await db.SaveChangesAsync(ct);
        foreach (var status in new[] { RevisionStatus.InReview, RevisionStatus.PendingApproval, RevisionStatus.Approved, RevisionStatus.Published })
        {
            await revisions.ChangeStatusAsync(plan.Id, 1, status, null, Seeder, ct);
            await db.SaveChangesAsync(ct);
        }

        var shenzhen = await plans.CreateAsync(new PlanInput("深圳后台业务连续性计划", "demo-shenzhen", "demo-p-zhang", ["demo-p-chan"], [payments.Id], 12, "zh-CN"), Seeder, ct);
        await db.SaveChangesAsync(ct);
        await revisions.OpenAsync(shenzhen.Id, Seeder, ct);
        await db.SaveChangesAsync(ct);
        await revisions.EditAsync(shenzhen.Id, 1, new PlanContent
        {
            Objectives = "在深圳后台中断时，4 小时内恢复支付处理的后台支持。",
            Scope = "深圳后台的清算、对账和客户服务支持。",
            EmergencyResponse = "1. 值班主管确认事件并通知危机管理人。\n2. 按呼叫树通知全体员工。\n3. 必要时疏散至备用办公场所。",
            RecoverySteps = [new(payments.Id, "切换至香港备用团队", "PT2H", StandardRoles.FacilitiesLead)],
        }, Seeder, ct);
        await db.SaveChangesAsync(ct);

        await callTrees.SaveAsync(CallTreeId, new CallTreeInput("Head office call tree", "Crisis team first, then IT and payments, then Shenzhen.", null, true,
        [
            new WaveInput("Crisis team", [$"role:{StandardRoles.CrisisTeam}"], ["Sms", "Email"], "All", "PT10M"),
            new WaveInput("IT and payments", ["orgunit:demo-it", "orgunit:demo-payments"], ["Sms", "Email"], "3", "PT15M"),
            new WaveInput("Shenzhen back office", ["orgunit:demo-shenzhen"], ["Email", "Sms"], "Any", "PT30M"),
        ]), Actor, ct);
        await training.SaveCourseAsync(null, new CourseInput("Payments BC plan briefing", "What the plan asks of you in a disruption.",
            [StandardRoles.CrisisTeam, StandardRoles.ItRecoveryLead], [plan.Id], 30, 12, false), Actor, ct);
        await db.SaveChangesAsync(ct);
    }

    private static PlanContent PaymentsContent(string payments, string contact) => new()
    {
        Objectives = "Keep payments flowing within four hours of any disruption and tell customers and the regulator what happens.",
        Scope = "Payments operations and the customer contact centre in Hong Kong, supported by the Shenzhen back office.",
        EmergencyResponse = "1. The duty manager confirms the incident and declares it in BcmWorkflows.\n2. The crisis manager convenes the crisis team.\n3. Evacuate to the alternate site if the building is unsafe.",
        RecoveryStrategies = "Fail over the payment systems to the standby data centre DC2; move staff to the alternate work site in Kwun Tong; standby power for 48 hours.",
        CommunicationPlan = "The call tree informs staff in three waves. The communications lead informs the HKMA within 2 hours, key suppliers and partners within 4 hours.",
        Resources = "Alternate site: 40 seats. Laptops: 25 in the DR store. Standby generator at DC2.",
        Responsibilities = "Crisis manager: decides on invoking the plan. IT recovery lead: failover. Communications lead: regulators and customers.",
        RecoverySteps =
        [
            new(payments, "Declare the incident and page the crisis team", "PT15M", StandardRoles.CrisisManager),
            new(payments, "Fail over payment systems to DC2", "PT2H", StandardRoles.ItRecoveryLead),
            new(payments, "Reconcile queued payments", "PT1H", StandardRoles.ItRecoveryLead),
            new(contact, "Route calls to the alternate site", "PT1H", StandardRoles.FacilitiesLead),
        ],
        Contacts =
        [
            new("HKMA duty desk", "Regulator", "+85228788196", "duty@example.hk", true),
            new("DC2 facilities", "Supplier", "+85221234567", "dc2@example.com", true),
            new("Chan Tai Man", "Crisis manager", "+85251234001", "chan.taiman@example.org", false),
        ],
    };
}
