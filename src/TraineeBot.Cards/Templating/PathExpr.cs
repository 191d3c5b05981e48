using System.Text;

namespace TraineeBot.Cards.Templating;

/// <summary>
/// <c>name</c> or <c>instance.name</c>: AEL's Accessor. It turns the chain of accessors and indexers ending here into a
/// path text (<c>a.b[0]['c']</c>), splits that on <c>.</c>, <c>[</c> and <c>]</c> and walks it, names matched case-insensitively;
/// a path that finds nothing is, with substitution on, the text <c>${path}</c>. When every indexer is a constant the
/// walk is worked out once, at load.
/// </summary>
internal sealed class AccessorExpr : Expr
{
    private readonly string[]? constantParts;
    private readonly string? constantPath;
    private readonly Expr? constantLeft;

    public AccessorExpr(string property, Expr? instance)
    {
        Property = property;
        Instance = instance;
        var scratch = new Scope(JsValue.Undefined);
        if (IsConstantChain(this))
        {
            var (path, left, error) = AccumulatePath(scratch, substitute: false);
            if (error is null)
            {
                constantPath = path;
                constantLeft = left;
                constantParts = SplitPath(left is null ? MemoryPath(path) : path);
            }
        }
    }

    public string Property { get; }

    public Expr? Instance { get; }

    public override ReturnType ReturnType => ReturnType.Object;

    public override Result Evaluate(Scope scope, bool substitute)
    {
        string path;
        Expr? left;
        string[] parts;
        if (constantParts is not null)
        {
            (path, left, parts) = (constantPath!, constantLeft, constantParts);
        }
        else
        {
            var (accumulated, l, error) = AccumulatePath(scope, substitute);
            if (error is not null)
            {
                return Result.Fail(error);
            }

            (path, left) = (accumulated, l);
            parts = SplitPath(left is null ? MemoryPath(path) : path);
        }

        JsValue value;
        if (left is null)
        {
            value = Walk(scope.Top(parts.Length > 0 ? parts[0] : string.Empty), parts, 1);
        }
        else
        {
            var start = left.Evaluate(scope, substitute);
            if (start.Failed)
            {
                return start;
            }

            value = start.Value.Kind == JsKind.Undefined || path.Length == 0 ? JsValue.Undefined : Walk(start.Value, parts, 0);
        }

        if (value.Kind != JsKind.Undefined)
        {
            return Result.Of(value);
        }

        return Result.Of(substitute ? JsValue.From("${" + path + "}") : JsValue.Undefined);
    }

    /// <summary>adaptivecards-templating's memory: a path not starting with <c>$</c> is read from <c>$data</c>.</summary>
    private static string MemoryPath(string path) => path.Length > 0 && path[0] == '$' ? path : "$data." + path;

    private static bool IsConstantChain(Expr? expr) => expr switch
    {
        null => true,
        AccessorExpr a => IsConstantChain(a.Instance),
        ElementExpr e => e.Index is ConstantExpr && IsConstantChain(e.Instance),
        _ => true,
    };

    /// <summary>AEL's FunctionUtils.tryAccumulatePath.</summary>
    private (string Path, Expr? Left, string? Error) AccumulatePath(Scope scope, bool substitute)
    {
        var segments = new List<string>();
        Expr? left = this;
        while (left is not null)
        {
            if (left is AccessorExpr accessor)
            {
                segments.Add(accessor.Property + ".");
                left = accessor.Instance;
            }
            else if (left is ElementExpr element)
            {
                var index = element.Index.Evaluate(scope, substitute);
                if (index.Failed)
                {
                    return (string.Empty, null, index.Error);
                }

                var text = index.Value.ToJsString();
                if (!double.IsNaN(JsNumber.ParseInt(text)))
                {
                    segments.Add("[" + text + "].");
                }
                else if (index.Value.IsString)
                {
                    segments.Add("['" + text + "'].");
                }
                else
                {
                    return (string.Empty, null, $"{element.Index} doesn't return an int or string");
                }

                left = element.Instance;
            }
            else
            {
                break;
            }
        }

        segments.Reverse();
        var path = string.Concat(segments).TrimEnd('.').Replace(".[", "[", StringComparison.Ordinal);
        return (path, left, null);
    }

    /// <summary>SimpleObjectMemory's <c>path.split(/[.[\]]+/)</c>, empty parts dropped, one pair of quotes taken off.</summary>
    private static string[] SplitPath(string path)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i == path.Length || path[i] is '.' or '[' or ']')
            {
                if (i > start)
                {
                    var part = path[start..i];
                    if (part.Length >= 1 && ((part[0] == '"' && part[^1] == '"') || (part[0] == '\'' && part[^1] == '\'')))
                    {
                        part = part.Length >= 2 ? part[1..^1] : string.Empty;
                    }

                    parts.Add(part);
                }

                start = i + 1;
            }
        }

        return [.. parts];
    }

    private static JsValue Walk(JsValue current, string[] parts, int from)
    {
        var value = current;
        for (var i = from; i < parts.Length; i++)
        {
            var index = JsNumber.ParseInt(parts[i]);
            if (!double.IsNaN(index) && current.IsArray)
            {
                var access = ElementExpr.AccessIndex(current, index);
                if (access.Failed)
                {
                    return JsValue.Undefined;
                }

                value = access.Value;
            }
            else
            {
                value = current.Property(parts[i]);
            }

            current = value;
        }

        return value;
    }

    public override void Write(StringBuilder builder)
    {
        if (Instance is not null)
        {
            Instance.Write(builder);
            builder.Append('.');
        }

        builder.Append(Property);
    }
}

/// <summary><c>instance[index]</c>: AEL's Element. A number indexes an array, a string names a property.</summary>
internal sealed class ElementExpr(Expr instance, Expr index) : Expr
{
    public Expr Instance { get; } = instance;

    public Expr Index { get; } = index;

    public override ReturnType ReturnType => ReturnType.Object;

    public override Result Evaluate(Scope scope, bool substitute)
    {
        var instance = Instance.Evaluate(scope, substitute);
        if (instance.Failed)
        {
            return instance;
        }

        var index = Index.Evaluate(scope, substitute: false);
        if (index.Failed)
        {
            return index;
        }

        if (index.Value.Kind == JsKind.Number && JsNumber.IsInteger(index.Value.Number))
        {
            return AccessIndex(instance.Value, index.Value.Number);
        }

        if (index.Value.IsString)
        {
            return Result.Of(instance.Value.Property(index.Value.String));
        }

        return Result.Fail($"Could not coerce {Index} to an int or string.");
    }

    /// <summary>AEL's accessIndex: nothing for a missing instance, an error out of range or for a non-array.</summary>
    public static Result AccessIndex(JsValue instance, double index)
    {
        if (instance.IsNullish)
        {
            return Result.Of(JsValue.Undefined);
        }

        if (!instance.IsArray)
        {
            return Result.Fail($"{instance.ToJsString()} is not a collection.");
        }

        return index >= 0 && index < instance.Count
            ? Result.Of(instance.ItemAt((int)index))
            : Result.Fail($"{JsNumber.ToString(index)} is out of range for {instance.ToJsString()}");
    }

    public override void Write(StringBuilder builder)
    {
        Instance.Write(builder);
        builder.Append('[');
        Index.Write(builder);
        builder.Append(']');
    }
}
