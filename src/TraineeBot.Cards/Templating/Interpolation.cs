using System.Text;

namespace TraineeBot.Cards.Templating;

/// <summary>
/// A JSON string with <c>${…}</c> in it, read as adaptivecards-templating reads it: as the AEL template string
/// <c>`…`</c>. That gives the text parts and the expressions, with <c>\$</c> and <c>\`</c> as escapes. Text that only
/// looks like an expression (<c>${}</c>, <c>${unclosed</c>, a <c>${</c> whose body has a line break) stays text.
/// </summary>
internal static class Interpolation
{
    /// <summary>The parts, AEL's way: an empty constant first, then text constants and expressions in order.</summary>
    public static List<Expr> Parse(string text)
    {
        var parts = new List<Expr> { new ConstantExpr(JsValue.EmptyString) };
        var literal = new StringBuilder();
        void Flush()
        {
            if (literal.Length > 0)
            {
                parts.Add(new ConstantExpr(JsValue.From(literal.ToString())));
                literal.Clear();
            }
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '`')
            {
                throw new ExpressionException("a backtick (`) in a string with ${…} ends AEL's template string: write it as \\`");
            }

            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '`' or '$')
            {
                Flush();
                parts.Add(new ConstantExpr(JsValue.From(text[i + 1].ToString())));
                i += 2;
                continue;
            }

            if (c == '$' && i + 1 < text.Length && text[i + 1] == '{' && TemplateEnd(text, i) is var end && end > 0)
            {
                Flush();
                var body = text[i..(end + 1)];
                try
                {
                    parts.Add(ExpressionParser.Parse(TrimExpression(body)));
                }
                catch (ExpressionException ex)
                {
                    throw new ExpressionException($"{body}: {ex.Message}", ex);
                }

                i = end + 1;
                continue;
            }

            literal.Append(c);
            i++;
        }

        Flush();
        return parts;
    }

    /// <summary>AEL's trimExpression: <c>${ body }</c> → <c>body</c>.</summary>
    private static string TrimExpression(string template)
    {
        var result = JsNumber.Trim(template);
        if (result.StartsWith('$'))
        {
            result = result[1..];
        }

        result = JsNumber.Trim(result);
        if (result.StartsWith('{') && result.EndsWith('}'))
        {
            result = result[1..^1];
        }

        return JsNumber.Trim(result);
    }

    /// <summary>
    /// The lexer's TEMPLATE token, <c>'$' '{' (STRING | OBJECT_DEFINITION | ~[\r\n{}'"`])+ '}'</c>, starting at
    /// <paramref name="start"/>; the position of its closing brace, or −1 when there is none.
    /// </summary>
    private static int TemplateEnd(string text, int start) => BodyEnd(text, start + 2);

    /// <summary>
    /// The part both tokens share, <c>(STRING | OBJECT_DEFINITION | ~[\r\n{}'"`])+ '}'</c>, from <paramref name="start"/>:
    /// the position of the closing brace, or −1 when there is none or nothing comes before it.
    /// </summary>
    private static int BodyEnd(string text, int start)
    {
        var j = start;
        var any = false;
        while (j < text.Length)
        {
            switch (text[j])
            {
                case '}':
                    return any ? j : -1;
                case '\'' or '"':
                    j = ExpressionLexer.StringEnd(text, j);
                    break;
                case '{':
                    j = ObjectEnd(text, j);
                    break;
                case '\r' or '\n' or '`':
                    return -1;
            }

            if (j < 0)
            {
                return -1;
            }

            j++;
            any = true;
        }

        return -1;
    }

    /// <summary>OBJECT_DEFINITION: <c>{ key: value, … }</c>, keys names or strings; the closing brace's position, or −1.</summary>
    private static int ObjectEnd(string text, int start)
    {
        var j = start + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '\ufeff' or '\u00a0')
        {
            j++;
        }

        if (j < text.Length && text[j] == '}')
        {
            return j;
        }

        if (j < text.Length && text[j] is '\'' or '"')
        {
            j = ExpressionLexer.StringEnd(text, j);
            if (j < 0)
            {
                return -1;
            }

            j++;
        }
        else
        {
            var keyStart = j;
            while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '_' or '#' or '@' or '$' or '%'))
            {
                j++;
            }

            if (j == keyStart)
            {
                return -1;
            }
        }

        return j < text.Length && text[j] == ':' ? BodyEnd(text, j + 1) : -1;
    }
}
