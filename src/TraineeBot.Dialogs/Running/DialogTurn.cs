namespace TraineeBot.Dialogs;

/// <summary>The new state to store and what to show the user, in order.</summary>
public sealed record DialogTurn(DialogRunState State, IReadOnlyList<DialogOutput> Outputs);
