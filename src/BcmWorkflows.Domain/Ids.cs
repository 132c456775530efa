namespace BcmWorkflows.Domain;

/// <summary>New record ids: time-ordered (version 7) GUIDs without dashes, so ids sort by creation in indexes and lists.</summary>
public static class Ids
{
    public static string New() => Guid.CreateVersion7().ToString("N");
}
