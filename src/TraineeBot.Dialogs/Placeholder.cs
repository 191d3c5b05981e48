namespace TraineeBot.Dialogs;
