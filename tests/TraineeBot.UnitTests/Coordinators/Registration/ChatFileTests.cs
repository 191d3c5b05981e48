using System.Text;
using TraineeBot.Infrastructure.Conversations;

namespace TraineeBot.UnitTests.Coordinators.Registration;

public sealed class ChatFileTests
{
    [Fact]
    public void Utf8_with_or_without_a_bom_and_latin1_read_the_same_text()
    {
        const string text = "namn;e-post\nÅsa Öberg;asa@example.se\n";

        Assert.Equal(text, HttpChatFiles.Decode(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(text, HttpChatFiles.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]));
        Assert.Equal(text, HttpChatFiles.Decode(Encoding.Latin1.GetBytes(text)));
    }

    [Theory]
    [InlineData("contoso.sharepoint.com", "*.sharepoint.com", true)]
    [InlineData("contoso-my.sharepoint.com", "*.sharepoint.com", true)]
    [InlineData("sharepoint.com", "*.sharepoint.com", false)]
    [InlineData("evilsharepoint.com", "*.sharepoint.com", false)]
    [InlineData("contoso.sharepoint.com.evil.example", "*.sharepoint.com", false)]
    [InlineData("files.example.se", "files.example.se", true)]
    [InlineData("x.files.example.se", "files.example.se", false)]
    public void Hosts_match_exactly_or_as_subdomains_of_a_wildcard(string host, string pattern, bool matches) =>
        Assert.Equal(matches, HttpChatFiles.HostMatches(host, pattern));
}
