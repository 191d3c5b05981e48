namespace TraineeBot.Dialogs;

/// <summary>A text written by a dialog's author: Swedish always, English when given (else Swedish is shown).</summary>
public sealed record LocalizedText(string Swedish, string? English = null)
{
    public string Get(string language) =>
        DialogLanguage.IsEnglish(language) && !string.IsNullOrWhiteSpace(English) ? English : Swedish;

    public override string ToString() => Swedish;
}
