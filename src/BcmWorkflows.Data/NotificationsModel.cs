using BcmWorkflows.Notifications;
using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Inbound;
using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Notifications.People;
using BcmWorkflows.Notifications.Templates;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Data;

/// <summary>Tables, keys and indexes of people, templates, the outbox and acknowledgements (the same on both providers).</summary>
internal static class NotificationsModel
{
    private const int IdLength = 64;
    private const int AddressLength = 320;

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Person>(e =>
        {
            e.ToTable("people");
            e.HasKey(p => p.Id);
            e.Property(p => p.Id).HasMaxLength(IdLength);
            e.Property(p => p.Name).HasMaxLength(200);
            e.Property(p => p.Email).HasMaxLength(AddressLength);
            e.Property(p => p.Phone).HasMaxLength(20);
            e.Property(p => p.Language).HasMaxLength(10);
            e.Property(p => p.ChannelOrder).HasMaxLength(40);
            e.Property(p => p.OrgUnit).HasMaxLength(200);
            e.Property(p => p.UserId).HasMaxLength(450);
            e.Property(p => p.Revision).IsConcurrencyToken();
            e.Ignore(p => p.Channels);
            e.HasIndex(p => p.Email);
            e.HasIndex(p => p.Phone);
            e.HasIndex(p => p.UserId).HasFilter("\"UserId\" IS NOT NULL");
        });

        builder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_messages");
            e.HasKey(m => m.Id);
            e.Property(m => m.Id).HasMaxLength(IdLength);
            e.Property(m => m.DedupKey).HasMaxLength(400);
            e.Property(m => m.InstanceId).HasMaxLength(IdLength);
            e.Property(m => m.PersonId).HasMaxLength(IdLength);
            e.Property(m => m.Channel).HasConversion<string>().HasMaxLength(10);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.Recipient).HasMaxLength(AddressLength);
            e.Property(m => m.Sender).HasMaxLength(AddressLength);
            e.Property(m => m.Language).HasMaxLength(10);
            e.Property(m => m.Encoding).HasMaxLength(10);
            e.Property(m => m.ProviderMessageId).HasMaxLength(200);
            e.Property(m => m.ErrorCode).HasMaxLength(20);
            e.Property(m => m.ClaimedBy).HasMaxLength(200);
            e.Property(m => m.FallbackGroup).HasMaxLength(IdLength);
            e.Property(m => m.AckRequestId).HasMaxLength(IdLength);
            e.HasIndex(m => m.DedupKey).IsUnique();
            // The dispatchers' queue: only messages still to send are in it.
            e.HasIndex(m => m.NextAttemptAt, "IX_outbox_messages_due").HasFilter("\"Status\" IN ('Pending', 'Sending')");
            e.HasIndex(m => m.ProviderMessageId).HasFilter("\"ProviderMessageId\" IS NOT NULL");
            e.HasIndex(m => new { m.InstanceId, m.ActivityId });
            e.HasIndex(m => m.PersonId);
            e.HasIndex(m => m.FallbackGroup).HasFilter("\"FallbackGroup\" IS NOT NULL");
            e.HasIndex(m => m.CreatedAt);
        });

        builder.Entity<OutboxStatusChange>(e =>
        {
            e.ToTable("outbox_status_changes");
            e.HasKey(c => c.Id);
            e.Property(c => c.MessageId).HasMaxLength(IdLength);
            e.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.ErrorCode).HasMaxLength(20);
            e.HasIndex(c => c.MessageId);
        });

        builder.Entity<AckRequest>(e =>
        {
            e.ToTable("ack_requests");
            e.HasKey(a => a.Id);
            e.Property(a => a.Id).HasMaxLength(IdLength);
            e.Property(a => a.InstanceId).HasMaxLength(IdLength);
            e.Property(a => a.PersonId).HasMaxLength(IdLength);
            e.Property(a => a.Phone).HasMaxLength(20);
            e.Property(a => a.ReplyCode).HasMaxLength(10);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.Language).HasMaxLength(10);
            e.Property(a => a.ConfirmedVia).HasMaxLength(20);
            e.HasIndex(a => new { a.InstanceId, a.ActivityId });
            e.HasIndex(a => a.PersonId);
            // A reply code means one thing per phone while it is open.
            e.HasIndex(a => new { a.Phone, a.ReplyCode }, "IX_ack_requests_open_code").IsUnique()
                .HasFilter("\"Status\" = 'Open' AND \"ReplyCode\" IS NOT NULL");
        });

        builder.Entity<InboundSms>(e =>
        {
            e.ToTable("inbound_sms");
            e.HasKey(s => s.MessageSid);
            e.Property(s => s.MessageSid).HasMaxLength(64);
            e.Property(s => s.From).HasMaxLength(40);
            e.Property(s => s.To).HasMaxLength(40);
            e.Property(s => s.Outcome).HasMaxLength(40);
            e.Property(s => s.AckRequestId).HasMaxLength(IdLength);
            e.HasIndex(s => s.ReceivedAt);
        });

        builder.Entity<TemplateOverride>(e =>
        {
            e.ToTable("template_overrides");
            e.HasKey(t => t.Id);
            e.Property(t => t.Key).HasMaxLength(100);
            e.Property(t => t.File).HasMaxLength(100);
            e.Property(t => t.CreatedBy).HasMaxLength(256);
            e.HasIndex(t => new { t.Key, t.File, t.Version }).IsUnique();
        });

        builder.Entity<ServerSecret>(e =>
        {
            e.ToTable("server_secrets");
            e.HasKey(s => s.Name);
            e.Property(s => s.Name).HasMaxLength(100);
        });
    }
}
