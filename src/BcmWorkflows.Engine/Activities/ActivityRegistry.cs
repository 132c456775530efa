using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Validation;

namespace BcmWorkflows.Engine.Activities;

/// <summary>
/// Every activity type the engine can run, discovered from <see cref="ActivityAttribute"/> on classes
/// deriving from <see cref="Activity"/>: adding an activity is adding one class.
/// </summary>
public sealed partial class ActivityRegistry
{
    private readonly FrozenDictionary<string, ActivityDescriptor> _byType;

    public ActivityRegistry(IEnumerable<Assembly> assemblies)
    {
        var descriptors = new Dictionary<string, ActivityDescriptor>(StringComparer.Ordinal);
        foreach (var type in assemblies.Distinct().SelectMany(a => a.GetTypes()))
        {
            if (type.IsAbstract || !typeof(Activity).IsAssignableFrom(type)) continue;
            var attribute = type.GetCustomAttribute<ActivityAttribute>();
            if (attribute is null) continue;
            if (!descriptors.TryAdd(attribute.Type, Describe(type, attribute)))
                throw new InvalidOperationException($"Two activity classes declare the type '{attribute.Type}'.");
        }
        _byType = descriptors.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyCollection<ActivityDescriptor> All => _byType.Values;

    public ActivityDescriptor? Find(string type) => _byType.GetValueOrDefault(type);

    private static ActivityDescriptor Describe(Type type, ActivityAttribute attribute)
    {
        var inputs = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<InputAttribute>()))
            .Where(x => x.Attribute is not null && x.Property.CanWrite)
            .Select(x => new InputDescriptor
            {
                Name = x.Attribute!.Name ?? JsonNamingPolicy.CamelCase.ConvertName(x.Property.Name),
                Type = DescribeType(x.Property.PropertyType),
                Required = x.Attribute.Required,
                Description = x.Attribute.Description,
                UiHint = x.Attribute.UiHint,
                Options = x.Attribute.Options ?? EnumOptions(x.Property.PropertyType),
                Property = x.Property,
                Raw = x.Attribute.Raw,
            })
            .ToList();

        return new ActivityDescriptor
        {
            Type = attribute.Type,
            DisplayName = attribute.DisplayName ?? SplitWords(attribute.Type),
            Category = attribute.Category,
            Description = attribute.Description,
            Inputs = inputs,
            Outcomes = type.GetCustomAttribute<OutcomesAttribute>()?.Outcomes ?? [],
            Outputs = type.GetCustomAttributes<OutputAttribute>().Select(o => new OutputDescriptor(o.Name, o.Type, o.Description)).ToList(),
            HasDynamicOutcomes = typeof(IHasDynamicOutcomes).IsAssignableFrom(type),
            ClrType = type,
            DynamicOutcomes = StaticDelegate<Func<ActivityModel, IReadOnlyList<string>>>(type, typeof(IHasDynamicOutcomes), nameof(IHasDynamicOutcomes.GetOutcomes)),
            ModelValidator = StaticDelegate<Action<ActivityModel, ActivityValidationContext>>(type, typeof(IValidatesModel), nameof(IValidatesModel.Validate)),
        };
    }

    // Static abstract interface members cannot be called through the interface, so bind them once here.
    private static TDelegate? StaticDelegate<TDelegate>(Type type, Type contract, string name) where TDelegate : Delegate
    {
        if (!contract.IsAssignableFrom(type)) return null;
        var map = type.GetInterfaceMap(contract);
        var method = map.TargetMethods.Single(m => m.Name.EndsWith(name, StringComparison.Ordinal));
        return method.CreateDelegate<TDelegate>();
    }

    internal static string DescribeType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type.IsEnum) return "String";
        if (type == typeof(bool)) return "Boolean";
        if (type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal)) return "Number";
        if (type == typeof(TimeSpan)) return "Duration";
        if (type == typeof(JsonObject)) return "Object";
        if (type == typeof(JsonArray) || (type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && type != typeof(JsonNode))) return "Array";
        if (type == typeof(JsonNode)) return "Any";
        return "Object";
    }

    private static string[]? EnumOptions(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum ? Enum.GetNames(type) : null;
    }

    private static string SplitWords(string type) => WordBoundary().Replace(type, " $1");

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex WordBoundary();
}
