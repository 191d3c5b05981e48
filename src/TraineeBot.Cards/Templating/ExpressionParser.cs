using System.Globalization;
using System.Text;

namespace TraineeBot.Cards.Templating;

/// <summary>
/// Parses one Adaptive Expression (the text inside <c>${…}</c>) into an <see cref="Expr"/> tree with AEL's grammar and
/// precedence, lowest first: <c>?:</c>, <c>??</c>, <c>||</c>, <c>&amp;&amp;</c>, <c>&lt; &lt;= &gt; &gt;=</c>, <c>&amp;</c>,
/// <c>== !=</c>, <c>+ -</c>, <c>* / %</c>, <c>^</c> (right-associative), then unary <c>! - +</c>, then <c>.name</c>,
/// <c>[index]</c> and calls. Function names are checked against <see cref="Functions"/> and arguments validated, so every
/// mistake surfaces here, at load.
/// </summary>
internal sealed class ExpressionParser
{
    private static readonly string[][] BinaryLevels =
    [
        ["??"],
        ["||"],
        ["&&"],
        ["<", "<=", ">", ">="],
        ["&"],
        ["==", "!="],
        ["+", "-"],
        ["*", "/", "%"],
    ];

    private readonly List<Token> tokens;
    private int position;

    private ExpressionParser(List<Token> tokens) => this.tokens = tokens;

    /// <summary>AEL's Expression.parse: a leading <c>=</c> is dropped and empty text is the empty string.</summary>
    public static Expr Parse(string text)
    {
        if (text.StartsWith('='))
        {
            text = text[1..];
        }

        if (text.Length == 0)
        {
            return new ConstantExpr(JsValue.EmptyString);
        }

        var parser = new ExpressionParser(ExpressionLexer.Tokenize(text));
        var expr = parser.ParseTernary();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw new ExpressionException($"unexpected '{parser.Current.Text}' at position {parser.Current.Position + 1}");
        }

        return expr;
    }

    private Token Current => tokens[position];

    private bool IsOperator(string op) => Current.Kind == TokenKind.Operator && Current.Text == op;

    private void Expect(string op)
    {
        if (!IsOperator(op))
        {
            throw new ExpressionException(Current.Kind == TokenKind.End
                ? $"'{op}' expected at the end"
                : $"'{op}' expected at position {Current.Position + 1}, found '{Current.Text}'");
        }

        position++;
    }

    private Expr ParseTernary()
    {
        var condition = ParseBinary(0);
        while (IsOperator("?"))
        {
            position++;
            var whenTrue = ParseTernary();
            Expect(":");
            var whenFalse = ParseBinary(0);
            condition = Call("if", [condition, whenTrue, whenFalse]);
        }

        return condition;
    }

    private Expr ParseBinary(int level)
    {
        if (level == BinaryLevels.Length)
        {
            return ParsePower();
        }

        var left = ParseBinary(level + 1);
        while (Current.Kind == TokenKind.Operator && BinaryLevels[level].Contains(Current.Text))
        {
            var op = Current.Text;
            position++;
            var right = ParseBinary(level + 1);
            left = Call(op, [left, right]);
        }

        return left;
    }

    private Expr ParsePower()
    {
        var left = ParseUnary();
        if (IsOperator("^"))
        {
            position++;
            return Call("^", [left, ParsePower()]);
        }

        return left;
    }

    private Expr ParseUnary()
    {
        if (Current.Kind == TokenKind.Operator && Current.Text is "!" or "-" or "+")
        {
            var op = Current.Text;
            position++;
            var operand = ParseUnary();
            return op == "!" ? Call("!", [operand]) : Call(op, [new ConstantExpr(JsValue.From(0)), operand]);
        }

        return ParsePostfix(ParsePrimary());
    }

    private Expr ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                position++;
                return new ConstantExpr(JsValue.From(double.Parse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)));
            case TokenKind.String:
                position++;
                return new ConstantExpr(JsValue.From(Unquote(token.Text)));
            case TokenKind.Identifier:
                position++;
                return token.Text switch
                {
                    "true" => new ConstantExpr(JsValue.True),
                    "false" => new ConstantExpr(JsValue.False),
                    "null" => new ConstantExpr(JsValue.Null),
                    "undefined" => new ConstantExpr(JsValue.Undefined),
                    _ => new AccessorExpr(token.Text, null),
                };
            case TokenKind.Operator when token.Text == "(":
                position++;
                var inner = ParseTernary();
                Expect(")");
                return inner;
            case TokenKind.Operator when token.Text == "[":
                position++;
                var items = ParseArguments("]");
                return Call(Functions.CreateArrayType, items);
            case TokenKind.Operator when token.Text == "{":
                throw new ExpressionException($"object literals {{…}} are not supported (position {token.Position + 1})");
            case TokenKind.End:
                throw new ExpressionException("the expression ends too early");
            default:
                throw new ExpressionException($"unexpected '{token.Text}' at position {token.Position + 1}");
        }
    }

    private Expr ParsePostfix(Expr expr)
    {
        while (true)
        {
            if (IsOperator("."))
            {
                position++;
                if (Current.Kind != TokenKind.Identifier)
                {
                    throw new ExpressionException($"a name expected after '.' at position {Current.Position + 1}");
                }

                expr = new AccessorExpr(Current.Text, expr);
                position++;
            }
            else if (IsOperator("["))
            {
                position++;
                var index = ParseTernary();
                Expect("]");
                expr = new ElementExpr(expr, index);
            }
            else if (IsOperator("(") || (IsOperator("!") && tokens[position + 1] is { Kind: TokenKind.Operator, Text: "(" }))
            {
                var name = FunctionName(expr) + (IsOperator("!") ? "!" : string.Empty);
                position += IsOperator("!") ? 2 : 1;
                expr = Call(name, ParseArguments(")"));
            }
            else
            {
                return expr;
            }
        }
    }

    private Expr[] ParseArguments(string close)
    {
        var args = new List<Expr>();
        if (IsOperator(close))
        {
            position++;
            return [];
        }

        while (true)
        {
            if (Current.Kind == TokenKind.Identifier && tokens[position + 1] is { Kind: TokenKind.Operator, Text: "=>" })
            {
                throw new ExpressionException($"lambdas ({Current.Text} => …) are not supported (position {Current.Position + 1})");
            }

            args.Add(ParseTernary());
            if (IsOperator(","))
            {
                position++;
                continue;
            }

            Expect(close);
            return [.. args];
        }
    }

    /// <summary>AEL names a call by the text before the parenthesis: <c>foo</c>, or <c>a.b</c> for <c>a.b(…)</c>.</summary>
    private static string FunctionName(Expr callee) => callee switch
    {
        AccessorExpr { Instance: null } a => a.Property,
        AccessorExpr { Instance: { } instance } a => FunctionName(instance) + "." + a.Property,
        _ => throw new ExpressionException($"{callee} cannot be called as a function"),
    };

    private static CallExpr Call(string name, Expr[] args)
    {
        if (!Functions.TryGet(name, out var function))
        {
            throw new ExpressionException(
                $"unknown function '{name}'. Supported: {string.Join(", ", Functions.Names)}.");
        }

        var call = new CallExpr(function, args);
        function.Validate(call);
        return call;
    }

    /// <summary>AEL's string atom: quotes off, the escaped quote unescaped, then \r \n \t \\ (other escapes stay as written).</summary>
    private static string Unquote(string token)
    {
        var quote = token[0];
        var inner = token[1..^1].Replace("\\" + quote, quote.ToString(), StringComparison.Ordinal);
        var builder = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length)
            {
                var escaped = inner[i + 1] switch
                {
                    'r' => "\r",
                    'n' => "\n",
                    't' => "\t",
                    '\\' => "\\",
                    _ => null,
                };
                if (escaped is not null)
                {
                    builder.Append(escaped);
                    i++;
                    continue;
                }

                builder.Append(inner, i, 2);
                i++;
                continue;
            }

            builder.Append(inner[i]);
        }

        return builder.ToString();
    }
}
