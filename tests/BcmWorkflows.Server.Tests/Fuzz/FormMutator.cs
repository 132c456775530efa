using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.Fuzz;

/// <summary>Twilio inbound-message forms, mutated: missing, duplicated, renamed and hostile parameters.</summary>
public static class FormMutator
{
    /// <summary>A mutated form (a list: keys may repeat) and what was done.</summary>
    public static (List<KeyValuePair<string, string>> Form, string Mutation) Mutate(Random random, int serial)
    {
        var phone = $"+4915{serial % 1_000_000:000000}{random.Next(10)}";
        var form = TwilioWebhooks.Inbound(phone, FuzzText.Pick(random, ["42", "YES", "help", "STOP", "'17'"])).ToList();
        var mutations = new List<string>();
        for (var i = random.Next(1, 3); i > 0; i--)
        {
            var at = random.Next(form.Count);
            var key = form[at].Key;
            switch (random.Next(6))
            {
                case 0: form.RemoveAt(at); mutations.Add($"drop {key}"); break;
                case 1: form.Add(new(key, FuzzText.Any(random))); mutations.Add($"duplicate {key}"); break;
                case 2: form[at] = new(key.ToLowerInvariant() + "_", form[at].Value); mutations.Add($"rename {key}"); break;
                case 3: form[at] = new(key, FuzzText.Any(random)); mutations.Add($"hostile {key}"); break;
                case 4: form[at] = new(key, ""); mutations.Add($"empty {key}"); break;
                default: form[at] = new(key, FuzzText.Pick(random, ["+", "x", "SM", "00", "+999999999999999999999", "NaN", "-1"])); mutations.Add($"odd {key}"); break;
            }
        }
        return (form, string.Join("+", mutations));
    }
}
