namespace TraineeBot.Cards.Templating;

internal delegate Result Evaluator(CallExpr call, Scope scope, bool substitute);

/// <summary>One AEL function: the name AEL gives it (operators are named by their symbol), its checks at load, its evaluation.</summary>
internal sealed class FunctionDefinition(string type, ReturnType returnType, Action<CallExpr> validate, Evaluator evaluate)
{
    public string Type { get; } = type;

    public ReturnType ReturnType { get; } = returnType;

    public void Validate(CallExpr call) => validate(call);

    public Result Evaluate(CallExpr call, Scope scope, bool substitute) => evaluate(call, scope, substitute);
}
