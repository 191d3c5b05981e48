using TraineeBot.Core.Coordinators.Registration;

namespace TraineeBot.UnitTests.Coordinators.Registration;

/// <summary>Which messages ask for the registration card, and what a sentence prefills.</summary>
public sealed class RegistrationCommandTests
{
    [Theory]
    [InlineData("registrera", null, null)]
    [InlineData("Registrera.", null, null)]
    [InlineData("ny trainee", null, null)]
    [InlineData("Ny deltagare", null, null)]
    [InlineData("lägg till trainee", null, null)]
    [InlineData("register", null, null)]
    [InlineData("new trainee", null, null)]
    [InlineData("Add a trainee", null, null)]
    [InlineData("registrera Sara Nilsson", "Sara Nilsson", null)]
    [InlineData("registrera Sara Nilsson, sara.nilsson@botkyrka.se", "Sara Nilsson", "sara.nilsson@botkyrka.se")]
    [InlineData("register sara@example.se", null, "sara@example.se")]
    [InlineData("ny trainee Åsa Öberg åsa@example.se", "Åsa Öberg", "åsa@example.se")]
    public void A_registration_command_gives_the_values_it_names(string text, string? name, string? email)
    {
        var values = RegistrationFeature.Parse(text);

        Assert.NotNull(values);
        Assert.Equal(name, (string?)values["name"]);
        Assert.Equal(email, (string?)values["email"]);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("hur går det för Amira?")]
    [InlineData("registreringar i mars")]
    [InlineData("registrera 2005")]
    [InlineData("who registered Amira")]
    [InlineData("")]
    public void Other_messages_are_not_registration_commands(string text) =>
        Assert.Null(RegistrationFeature.Parse(text));
}
