namespace BcmWorkflows.Notifications.Acknowledgements;

/// <summary>Told after a confirmation is committed (the server resumes the waiting workflow through it).</summary>
public interface IAcknowledgementListener
{
    Task OnConfirmedAsync(AckRequest request, CancellationToken cancellationToken);
}
