using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Privacy.DataRights;

/// <summary>Texts of the data rights: export, erasure and consent withdrawal (<c>DataRightsTexts.resx</c>, <c>.en.resx</c>).</summary>
public static class DataRightsTexts
{
    private static readonly TextResources Resources = new(typeof(DataRightsTexts), "TraineeBot.Core.Privacy.DataRights.DataRightsTexts");

    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);
}
