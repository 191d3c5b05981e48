using TraineeBot.Testing.Authentication;
namespace TraineeBot.UnitTests.Authentication.Support;

/// <summary>A file in the temp folder, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    private TempFile(string path) => Path = path;

    public string Path { get; }

    public static TempFile Create(string extension = ".tmp", byte[]? content = null)
    {
        var file = new TempFile(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"traineebot-{Guid.NewGuid():N}{extension}"));
        File.WriteAllBytes(file.Path, content ?? []);
        return file;
    }

    public static TempFile Create(string extension, string content) => Create(extension, System.Text.Encoding.UTF8.GetBytes(content));

    public void Dispose() => File.Delete(Path);
}
