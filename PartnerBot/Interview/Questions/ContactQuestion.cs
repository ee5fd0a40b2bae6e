using System.Text.Json.Nodes;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Questions;

/// <summary>How to reach the customer: an e-mail address or a phone number (E.164); either answers the question.</summary>
public sealed class ContactQuestion(string name, bool required) : Question(name, required)
{
    /// <summary>The field that says the customer chose not to give any contact (true), so the owner knows and the bot does not ask again.</summary>
    public const string WithheldField = "contactWithheld";

    /// <inheritdoc/>
    public override IReadOnlyList<string> Fields => [SlotNames.Email, SlotNames.Phone, WithheldField];

    /// <inheritdoc/>
    public override IReadOnlyList<string> SummaryFields => [SlotNames.Email, SlotNames.Phone];

    /// <summary>A phone number as the customer reads it back, grouped in the international form ("+49 171 2345678"); stored as E.164.</summary>
    public override string? Show(Profiles.ProfileAnswers answers, string field, System.Globalization.CultureInfo culture, string dateFormat) =>
        field == SlotNames.Phone && answers.Text(field) is { } phone ? Grouped(phone) : base.Show(answers, field, culture, dateFormat);

    /// <inheritdoc/>
    public override string? ShowToOwner(Profiles.ProfileAnswers answers, string field, System.Globalization.CultureInfo culture) =>
        field == WithheldField ? answers.Has(field) ? "✓" : null : base.ShowToOwner(answers, field, culture);

    /// <inheritdoc/>
    public override IEnumerable<string?> CsvCells(Profiles.ProfileAnswers answers, System.Globalization.CultureInfo numbers) =>
        [answers.Text(SlotNames.Email), answers.Text(SlotNames.Phone), answers.Has(WithheldField) ? "true" : null];

    /// <summary>A stored E.164 number grouped as it is read back ("+49 171 2345678").</summary>
    public static string Grouped(string e164)
    {
        var phones = PhoneNumbers.PhoneNumberUtil.GetInstance();
        try
        {
            return phones.Format(phones.Parse(e164, null), PhoneNumbers.PhoneNumberFormat.INTERNATIONAL);
        }
        catch (PhoneNumbers.NumberParseException)
        {
            return e164; // stored by an earlier version in another form: shown as it is
        }
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Read(MessageReading reading)
    {
        if (reading.Understood.Email is { } email)
        {
            yield return Found(SlotNames.Email, email.Text, email.Address, JsonValue.Create(email.Address));
        }

        if (reading.Understood.Phone is { } phone)
        {
            yield return Found(SlotNames.Phone, phone.Text, phone.E164, JsonValue.Create(phone.E164));
        }
    }
}
