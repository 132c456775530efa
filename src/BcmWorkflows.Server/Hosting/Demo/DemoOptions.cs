namespace BcmWorkflows.Server.Hosting.Demo;

/// <summary><c>Bcm:Demo</c> = true seeds demo people, org units, role holders, call trees and plans (contract); default false.</summary>
public static class DemoOptions
{
    public const string Key = "Bcm:Demo";
}
