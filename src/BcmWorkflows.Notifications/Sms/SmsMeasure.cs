namespace BcmWorkflows.Notifications.Sms;

/// <summary>How a carrier counts one SMS text.</summary>
/// <param name="Encoding"><see cref="SmsEncoding.Gsm7"/> or <see cref="SmsEncoding.Ucs2"/>.</param>
/// <param name="Characters">Length in the encoding's units: GSM-7 septets (an extension-table character counts 2) or UTF-16 code units (an emoji counts 2).</param>
/// <param name="Segments">Segments billed: 0 for empty text.</param>
public sealed record SmsMeasure(string Encoding, int Characters, int Segments);
