using Xunit;
using System.Text;

namespace TraineeBot.Testing.Browser;

/// <summary>
/// Files a test leaves for people to look at: <c>TestResults/screenshots/&lt;test&gt;-&lt;step&gt;.png</c> under the
/// repository (the folder <c>.ci/run</c> collects), also attached to the running xunit test.
/// </summary>
public static class TestArtifacts
{
    public static string ScreenshotFolder => Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");

    /// <summary>The file for <paramref name="step"/> of the running test (its class and method name).</summary>
    public static string ScreenshotPath(string step)
    {
        var context = TestContext.Current;
        var test = context.TestMethod is { } method
            ? $"{ShortName(context.TestClass?.TestClassName)}.{method.MethodName}"
            : "no-test";
        Directory.CreateDirectory(ScreenshotFolder);
        return Path.Combine(ScreenshotFolder, $"{Sanitize(test, 140)}-{Sanitize(step, 60)}.png");
    }

    /// <summary>Attaches the file to the running test's result, when there is a running test.</summary>
    public static void Attach(string path, string mediaType)
    {
        if (TestContext.Current.TestMethod is null)
        {
            return;
        }

        try
        {
            TestContext.Current.AddAttachment(Path.GetFileName(path), File.ReadAllBytes(path), replaceExistingValue: true, mediaType);
        }
        catch (InvalidOperationException)
        {
            // Outside the test's execution (e.g. a class fixture's cleanup): the file on disk is enough.
        }
    }

    private static string ShortName(string? typeName) =>
        typeName is null ? "test" : typeName[(typeName.LastIndexOf('.') + 1)..];

    private static string Sanitize(string text, int max)
    {
        var name = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        return name.Length > max ? name.ToString(0, max) : name.ToString();
    }
}
