#include "ExpressionNode.h"
#include "Translations.h"

#include <QCoreApplication>

namespace pd::expression {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd::expression::Parser", "Expression"}, text);
}

using Node = Expression::Node;

struct Token
{
    enum class Type { End, String, Ident, Braced, Pseudo, Plus, Comma, LParen, RParen, Arrow, Error };
    Type type = Type::End;
    QString text;
    int position = 0;
};

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
        advance();
    }

    NodePtr parseAll()
    {
        NodePtr root = parseConcat(0);
        if (!m_error.isError() && m_token.type != Token::Type::End)
            fail(m_token.position, tr("unexpected %1; join parts with +").arg(describe(m_token)));
        return m_error.isError() ? nullptr : root;
    }

    ExpressionError error() const { return m_error; }

private:
    static QString describe(const Token &t)
    {
        switch (t.type) {
        case Token::Type::End:
            return tr("end of the expression");
        case Token::Type::String:
            return tr("text '%1'").arg(t.text);
        case Token::Type::Ident:
        case Token::Type::Braced:
            return tr("attribute \"%1\"").arg(t.text);
        case Token::Type::Pseudo:
            return QLatin1Char('@') + t.text;
        case Token::Type::Error:
            return t.text;
        default:
            return QStringLiteral("\"%1\"").arg(t.text);
        }
    }

    void fail(int position, const QString &message)
    {
        if (!m_error.isError())
            m_error = {position, message};
    }

    void advance()
    {
        m_token = lex();
        if (m_token.type == Token::Type::Error)
            fail(m_token.position, m_token.text);
    }

    Token lex()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        Token t;
        t.position = int(m_pos);
        if (m_pos >= m_text.size())
            return t;
        const QChar c = m_text.at(m_pos);
        const auto single = [&](Token::Type type) {
            t.type = type;
            t.text = c;
            ++m_pos;
            return t;
        };
        if (c == QLatin1Char('+'))
            return single(Token::Type::Plus);
        if (c == QLatin1Char(','))
            return single(Token::Type::Comma);
        if (c == QLatin1Char('('))
            return single(Token::Type::LParen);
        if (c == QLatin1Char(')'))
            return single(Token::Type::RParen);
        if (c == QLatin1Char('=') && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('>')) {
            m_pos += 2;
            t.type = Token::Type::Arrow;
            t.text = QStringLiteral("=>");
            return t;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            ++m_pos;
            QString value;
            while (m_pos < m_text.size() && m_text.at(m_pos) != c) {
                QChar ch = m_text.at(m_pos++);
                if (ch == QLatin1Char('\\')) {
                    if (m_pos >= m_text.size())
                        break;
                    const QChar e = m_text.at(m_pos++);
                    if (e == QLatin1Char('n'))
                        ch = QLatin1Char('\n');
                    else if (e == QLatin1Char('t'))
                        ch = QLatin1Char('\t');
                    else if (e == QLatin1Char('\\') || e == QLatin1Char('\'') || e == QLatin1Char('"'))
                        ch = e;
                    else {
                        t.type = Token::Type::Error;
                        t.position = int(m_pos - 2);
                        t.text = tr("unknown escape \\%1 (use \\\\, \\', \\\", \\n or \\t)").arg(e);
                        return t;
                    }
                }
                value.append(ch);
            }
            if (m_pos >= m_text.size()) {
                t.type = Token::Type::Error;
                t.text = tr("the text that starts here is missing its closing %1").arg(c);
                return t;
            }
            ++m_pos;
            t.type = Token::Type::String;
            t.text = value;
            return t;
        }
        if (c == QLatin1Char('{')) {
            const qsizetype close = m_text.indexOf(QLatin1Char('}'), m_pos + 1);
            if (close < 0) {
                t.type = Token::Type::Error;
                t.text = tr("the attribute name that starts here is missing its closing }");
                return t;
            }
            t.type = Token::Type::Braced;
            t.text = m_text.mid(m_pos + 1, close - m_pos - 1).trimmed();
            m_pos = close + 1;
            if (t.text.isEmpty()) {
                t.type = Token::Type::Error;
                t.text = tr("{} names no attribute");
            }
            return t;
        }
        const auto isNameChar = [](QChar ch) {
            return ch.isLetterOrNumber() || ch == QLatin1Char('_') || ch == QLatin1Char('.')
                || ch == QLatin1Char('-') || ch == QLatin1Char(';');
        };
        if (c == QLatin1Char('@') || c.isLetter() || c == QLatin1Char('_')) {
            qsizetype end = m_pos + 1;
            while (end < m_text.size() && isNameChar(m_text.at(end)))
                ++end;
            t.type = c == QLatin1Char('@') ? Token::Type::Pseudo : Token::Type::Ident;
            t.text = m_text.mid(c == QLatin1Char('@') ? m_pos + 1 : m_pos,
                c == QLatin1Char('@') ? end - m_pos - 1 : end - m_pos);
            m_pos = end;
            return t;
        }
        t.type = Token::Type::Error;
        t.text = c.isDigit() ? tr("put numbers in quotes: '%1'").arg(c)
                             : tr("unexpected character \"%1\"").arg(c);
        return t;
    }

    NodePtr parseConcat(int depth)
    {
        if (depth > Expression::MaxDepth) {
            fail(m_token.position, tr("the expression is nested too deeply"));
            return nullptr;
        }
        NodePtr first = parsePrimary(depth);
        if (m_error.isError() || m_token.type != Token::Type::Plus)
            return first;
        auto concat = std::make_shared<Node>();
        concat->kind = Node::Kind::Concat;
        concat->args.append(first);
        while (!m_error.isError() && m_token.type == Token::Type::Plus) {
            advance();
            concat->args.append(parsePrimary(depth));
        }
        return concat;
    }

    NodePtr parsePrimary(int depth)
    {
        if (m_error.isError())
            return nullptr;
        const Token t = m_token;
        switch (t.type) {
        case Token::Type::String: {
            advance();
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::Literal;
            n->text = t.text;
            return n;
        }
        case Token::Type::Braced: {
            advance();
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::Attribute;
            n->text = t.text;
            return n;
        }
        case Token::Type::Pseudo: {
            static const QStringList known {
                QStringLiteral("key"), QStringLiteral("enabled"), QStringLiteral("disabled")};
            if (!known.contains(t.text, Qt::CaseInsensitive)) {
                fail(t.position, tr("unknown @%1 (known: @key, @enabled, @disabled)").arg(t.text));
                return nullptr;
            }
            advance();
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::Pseudo;
            n->text = t.text.toLower();
            return n;
        }
        case Token::Type::LParen: {
            advance();
            NodePtr inner = parseConcat(depth + 1);
            expect(Token::Type::RParen, tr("expected ) to close the ( at column %1").arg(t.position + 1));
            return inner;
        }
        case Token::Type::Ident: {
            advance();
            if (m_token.type != Token::Type::LParen) {
                if (t.text == QLatin1String("else")) {
                    fail(t.position, tr("else => ... belongs inside map()"));
                    return nullptr;
                }
                auto n = std::make_shared<Node>();
                n->kind = Node::Kind::Attribute;
                n->text = t.text;
                return n;
            }
            return parseCall(t, depth);
        }
        default:
            fail(t.position, tr("expected an attribute, 'text' or a function, found %1").arg(describe(t)));
            return nullptr;
        }
    }

    bool expect(Token::Type type, const QString &message)
    {
        if (m_error.isError())
            return false;
        if (m_token.type != type) {
            fail(m_token.position, message + tr(", found %1").arg(describe(m_token)));
            return false;
        }
        advance();
        return true;
    }

    NodePtr parseCall(const Token &name, int depth)
    {
        const FunctionInfo *info = findFunction(name.text);
        if (!info) {
            fail(name.position,
                tr("unknown function %1() (known: %2)")
                    .arg(name.text, Expression::functionNames().join(QLatin1String(", "))));
            return nullptr;
        }
        advance(); // (
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::Call;
        n->function = info->function;
        int count = 0;
        if (m_token.type != Token::Type::RParen) {
            for (;;) {
                if (info->function == Function::Map && count > 0) {
                    if (!parseMapPair(n.get(), depth))
                        return nullptr;
                } else {
                    n->args.append(parseConcat(depth + 1));
                }
                ++count;
                if (m_error.isError())
                    return nullptr;
                if (m_token.type != Token::Type::Comma)
                    break;
                advance();
            }
        }
        if (!expect(Token::Type::RParen, tr("expected , or ) in %1()").arg(QLatin1String(info->name))))
            return nullptr;
        if (count < info->minArgs || (info->maxArgs >= 0 && count > info->maxArgs)) {
            const QString wanted = info->maxArgs < 0 ? tr("at least %1").arg(info->minArgs)
                : info->minArgs == info->maxArgs     ? QString::number(info->minArgs)
                                                     : tr("%1 to %2").arg(info->minArgs).arg(info->maxArgs);
            fail(name.position,
                tr("%1() takes %2 arguments, not %3").arg(QLatin1String(info->name), wanted).arg(count));
            return nullptr;
        }
        if (info->function == Function::Map && n->mapPairs.isEmpty() && !n->elseValue) {
            fail(name.position, tr("map() needs at least one 'from' => 'to' pair"));
            return nullptr;
        }
        if (info->function == Function::Replace && n->args.at(1)->kind == Node::Kind::Literal
            && n->args.at(1)->text.isEmpty()) {
            fail(name.position, tr("replace() needs text to look for"));
            return nullptr;
        }
        return n;
    }

    bool parseMapPair(Node *map, int depth)
    {
        const Token key = m_token;
        const bool isElse = key.type == Token::Type::Ident && key.text == QLatin1String("else");
        if (key.type != Token::Type::String && !isElse) {
            fail(key.position,
                tr("map() pairs look like 'from' => 'to' (or else => 'to'), found %1").arg(describe(key)));
            return false;
        }
        if (isElse && map->elseValue) {
            fail(key.position, tr("map() has two else => parts"));
            return false;
        }
        advance();
        if (!expect(Token::Type::Arrow, tr("expected => after %1").arg(describe(key))))
            return false;
        NodePtr value = parseConcat(depth + 1);
        if (m_error.isError())
            return false;
        if (isElse)
            map->elseValue = value;
        else
            map->mapPairs.append({key.text.trimmed().toCaseFolded(), value});
        return true;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    Token m_token;
    ExpressionError m_error;
};

} // namespace

NodePtr parse(const QString &text, ExpressionError *error)
{
    Parser parser(text);
    NodePtr root = parser.parseAll();
    *error = parser.error();
    return error->isError() ? nullptr : root;
}

} // namespace pd::expression
