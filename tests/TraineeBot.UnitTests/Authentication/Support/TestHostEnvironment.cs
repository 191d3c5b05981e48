using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using TraineeBot.Testing.Authentication;

namespace TraineeBot.UnitTests.Authentication.Support;

internal sealed class TestHostEnvironment(string environmentName) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = environmentName;
    public string ApplicationName { get; set; } = "TraineeBot.UnitTests";
    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
