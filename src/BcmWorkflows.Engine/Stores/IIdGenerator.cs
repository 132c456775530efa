namespace BcmWorkflows.Engine.Stores;

/// <summary>Makes ids for instances and bookmarks; injected so tests can make them predictable.</summary>
public interface IIdGenerator
{
    string NewId();
}

/// <summary>Time-ordered GUIDs (version 7), 32 hex characters.</summary>
public sealed class GuidIdGenerator : IIdGenerator
{
    public string NewId() => Guid.CreateVersion7().ToString("N");
}
