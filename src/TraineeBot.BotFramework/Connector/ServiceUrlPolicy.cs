using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;
using TraineeBot.BotFramework.Authentication;

namespace TraineeBot.BotFramework.Connector;

internal sealed class ServiceUrlPolicy(IOptions<BotAuthenticationOptions> options) : IServiceUrlPolicy
{
    private readonly bool localMode = options.Value.IsLocalMode;
    private readonly ConcurrentDictionary<string, byte> trusted = new(StringComparer.OrdinalIgnoreCase);

    public bool IsAllowed(Uri serviceUrl)
    {
        if (!serviceUrl.IsAbsoluteUri)
        {
            return false;
        }

        if (localMode)
        {
            return IsLoopback(serviceUrl);
        }

        return serviceUrl.Scheme == Uri.UriSchemeHttps && trusted.ContainsKey(Key(serviceUrl));
    }

    public void Trust(Uri serviceUrl)
    {
        if (serviceUrl.IsAbsoluteUri)
        {
            trusted.TryAdd(Key(serviceUrl), 0);
        }
    }

    private static string Key(Uri serviceUrl) => serviceUrl.GetLeftPart(UriPartial.Authority);

    internal static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));
}
