using System.Reflection;
using System.Reflection.Emit;
using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Engine.Model;
using BcmWorkflows.Engine.Tests.Support.TestActivities;

namespace BcmWorkflows.Engine.Tests.Activities;

/// <summary>What the designer learns from <c>GET /api/activity-types</c>, and how the registry is built.</summary>
public sealed class ActivityRegistryTests
{
    private static readonly Assembly EngineAssembly = typeof(ActivityRegistry).Assembly;
    private static readonly Assembly ActivitiesAssembly = typeof(BcmWorkflows.Activities.DependencyInjection).Assembly;
    private static readonly ActivityRegistry Product = new([EngineAssembly, ActivitiesAssembly]);
    private static readonly string[] InputTypes = ["String", "Boolean", "Number", "Duration", "Object", "Array", "Any"];

    public static TheoryData<string> ProductTypes() => [.. Product.All.Select(d => d.Type)];

    [Theory]
    [MemberData(nameof(ProductTypes))]
    public void Every_activity_describes_itself_fully(string type)
    {
        var d = Product.Find(type)!;

        Assert.False(string.IsNullOrWhiteSpace(d.DisplayName));
        Assert.False(string.IsNullOrWhiteSpace(d.Category));
        Assert.False(string.IsNullOrWhiteSpace(d.Description));
        Assert.All(d.Inputs, i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.Name));
            Assert.Contains(i.Type, InputTypes);
            Assert.False(string.IsNullOrWhiteSpace(i.Description), $"{type}.{i.Name} has no description");
        });
        Assert.Equal(d.Inputs.Count, d.Inputs.Select(i => i.Name).Distinct().Count());
        Assert.All(d.Outputs, o => Assert.False(string.IsNullOrWhiteSpace(o.Description)));
        Assert.NotNull(d.Outcomes);
    }

    [Fact]
    public void Only_End_and_Fault_have_no_outcomes()
    {
        Assert.Equal(["End", "Fault"], Product.All.Where(d => d.Outcomes.Count == 0).Select(d => d.Type).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("SetVariable", "variable:String!,value:Any", "Done")]
    [InlineData("Decision", "condition:Boolean!", "True,False")]
    [InlineData("Switch", "cases:Array!,mode:String", "Default")]
    [InlineData("Delay", "duration:Duration!", "Done")]
    [InlineData("WaitForEvent", "eventName:String!,correlationId:String,timeout:Duration", "Received,TimedOut")]
    [InlineData("Join", "mode:String", "Done")]
    [InlineData("RunWorkflow", "definitionId:String!,input:Object,waitForCompletion:Boolean,correlationId:String", "Done")]
    [InlineData("Log", "message:String!", "Done")]
    [InlineData("Fault", "message:String!", "")]
    [InlineData("End", "", "")]
    public void Core_activities_have_the_contract_inputs_and_outcomes(string type, string inputs, string outcomes)
    {
        var d = Product.Find(type);

        Assert.NotNull(d);
        Assert.Equal(inputs, string.Join(",", d.Inputs.Select(i => $"{i.Name}:{i.Type}{(i.Required ? "!" : "")}")));
        Assert.Equal(outcomes, string.Join(",", d.Outcomes));
    }

    [Theory]
    [InlineData("WaitForEvent", "payload")]
    [InlineData("RunWorkflow", "output")]
    [InlineData("RunWorkflow", "instanceId")]
    public void Outputs_are_described(string type, string output)
    {
        Assert.Contains(Product.Find(type)!.Outputs, o => o.Name == output);
    }

    [Theory]
    [InlineData("Join", "mode", "WaitAll,WaitAny")]
    [InlineData("Switch", "mode", "MatchFirst,MatchAny")]
    public void Enum_inputs_list_their_options(string type, string input, string options)
    {
        Assert.Equal(options, string.Join(",", Product.Find(type)!.Inputs.Single(i => i.Name == input).Options!));
    }

    [Fact]
    public void Switch_reports_dynamic_outcomes_from_its_cases()
    {
        var d = Product.Find("Switch")!;
        var model = new ActivityModel { Id = "s", Type = "Switch" };
        model.Inputs["cases"] = InputValue.FromLiteral(new JsonArray(
            new JsonObject { ["name"] = "critical", ["condition"] = "true" },
            new JsonObject { ["name"] = "minor", ["condition"] = "false" }));

        Assert.True(d.HasDynamicOutcomes);
        Assert.Equal(["critical", "minor", "Default"], d.GetOutcomes(model));
        Assert.Equal(["Default"], d.GetOutcomes(new ActivityModel { Id = "s", Type = "Switch" }));
        Assert.False(Product.Find("Decision")!.HasDynamicOutcomes);
        Assert.Equal(["True", "False"], Product.Find("Decision")!.GetOutcomes(new ActivityModel()));
    }

    [Fact]
    public void Display_names_default_to_the_type_split_into_words()
    {
        Assert.Equal("Delay", Product.Find("Delay")!.DisplayName);
        Assert.Equal("Set variable", Product.Find("SetVariable")!.DisplayName);
    }

    [Fact]
    public void Types_are_matched_exactly()
    {
        Assert.Null(Product.Find("delay"));
        Assert.Null(Product.Find(""));
    }

    [Fact]
    public void Classes_without_the_activity_attribute_are_not_registered()
    {
        var registry = new ActivityRegistry([typeof(UndeclaredActivityBase).Assembly]);

        Assert.DoesNotContain(registry.All, d => d.ClrType == typeof(UndeclaredActivityBase));
        Assert.Contains(registry.All, d => d.Type == "TestFlaky");
    }

    [Fact]
    public void The_registry_rejects_two_classes_with_the_same_type_name()
    {
        var assembly = ThrowawayAssembly(("First", "Duplicate"), ("Second", "Duplicate"));

        var ex = Assert.Throws<InvalidOperationException>(() => new ActivityRegistry([assembly]));

        Assert.Contains("'Duplicate'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_registry_rejects_a_class_that_reuses_a_core_type_name()
    {
        var assembly = ThrowawayAssembly(("MyDelay", "Delay"));

        var ex = Assert.Throws<InvalidOperationException>(() => new ActivityRegistry([EngineAssembly, ActivitiesAssembly, assembly]));

        Assert.Contains("'Delay'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_assembly_given_twice_is_registered_once()
    {
        var registry = new ActivityRegistry([ActivitiesAssembly, ActivitiesAssembly, EngineAssembly]);

        Assert.Equal(Product.All.Count, registry.All.Count);
    }

    /// <summary>An in-memory assembly with one activity class per (class, type name), each deriving from <see cref="UndeclaredActivityBase"/>.</summary>
    private static Assembly ThrowawayAssembly(params (string ClassName, string TypeName)[] classes)
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName($"Throwaway{Guid.NewGuid():N}"), AssemblyBuilderAccess.RunAndCollect);
        var module = assembly.DefineDynamicModule("Throwaway");
        var attribute = typeof(ActivityAttribute).GetConstructor([typeof(string), typeof(string), typeof(string)])!;
        foreach (var (className, typeName) in classes)
        {
            var type = module.DefineType($"Throwaway.{className}", TypeAttributes.Public | TypeAttributes.Class, typeof(UndeclaredActivityBase));
            type.SetCustomAttribute(new CustomAttributeBuilder(attribute, [typeName, "Test", "A throwaway activity."]));
            type.DefineDefaultConstructor(MethodAttributes.Public);
            type.CreateType();
        }
        return assembly;
    }
}
