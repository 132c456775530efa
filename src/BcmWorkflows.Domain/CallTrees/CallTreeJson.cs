using System.Text.Json;
using System.Text.Json.Serialization;

namespace BcmWorkflows.Domain.CallTrees;

/// <summary>How the call-tree JSON columns are written: camelCase, enums as names.</summary>
internal static class CallTreeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
