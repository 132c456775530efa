namespace BcmWorkflows.Engine.Model;

/// <summary>Follows an outcome <c>port</c> of the source activity to the target activity.</summary>
public sealed class ConnectionModel
{
    public Endpoint Source { get; set; } = new();
    public Endpoint Target { get; set; } = new();

    public sealed class Endpoint
    {
        public string Activity { get; set; } = "";
        public string? Port { get; set; }
    }
}
