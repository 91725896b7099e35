#include "Expression.h"
#include "Translations.h"

#include "ExpressionNode.h"

#include <QCoreApplication>
#include <QList>

namespace pd {

using namespace expression;

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd::Expression", "Expression"}, text);
}

using Node = Expression::Node;

QString firstOf(const QStringList &values)
{
    return values.isEmpty() ? QString() : values.constFirst();
}

QStringList nonEmpty(QStringList values)
{
    values.removeAll(QString());
    for (QString &v : values) {
        if (v.size() > MaxValueLength)
            v.truncate(MaxValueLength);
    }
    return values;
}

QStringList eval(const Node &n, const SourceRecord &r)
{
    switch (n.kind) {
    case Node::Kind::Literal:
        return nonEmpty({n.text});
    case Node::Kind::Attribute:
        return r.values(n.text);
    case Node::Kind::Pseudo:
        if (n.text == QLatin1String("key"))
            return nonEmpty({r.key});
        if (n.text == QLatin1String("enabled"))
            return {r.disabled ? QStringLiteral("false") : QStringLiteral("true")};
        return {r.disabled ? QStringLiteral("true") : QStringLiteral("false")};
    case Node::Kind::Concat: {
        QString joined;
        for (const auto &a : n.args)
            joined += firstOf(eval(*a, r));
        return nonEmpty({joined});
    }
    case Node::Kind::Call:
        break;
    }
    const auto arg = [&](int i) { return eval(*n.args.at(i), r); };
    QStringList out;
    switch (n.function) {
    case Function::Concat: {
        QString joined;
        for (const auto &a : n.args)
            joined += firstOf(eval(*a, r));
        return nonEmpty({joined});
    }
    case Function::Lower:
        for (const QString &v : arg(0))
            out.append(v.toLower());
        return out;
    case Function::Upper:
        for (const QString &v : arg(0))
            out.append(v.toUpper());
        return out;
    case Function::Trim:
        for (const QString &v : arg(0))
            out.append(v.simplified());
        return nonEmpty(out);
    case Function::First:
        return nonEmpty({firstOf(arg(0))});
    case Function::Default:
        for (int i = 0; i < n.args.size(); ++i) {
            QStringList v = nonEmpty(arg(i));
            bool blank = true;
            for (const QString &s : std::as_const(v))
                blank = blank && s.trimmed().isEmpty();
            if (!blank)
                return v;
        }
        return {};
    case Function::Replace: {
        const QString from = firstOf(arg(1));
        const QString to = firstOf(arg(2));
        for (QString v : arg(0))
            out.append(from.isEmpty() ? v : v.replace(from, to));
        return nonEmpty(out);
    }
    case Function::Join:
        return nonEmpty({arg(0).join(firstOf(arg(1)))});
    case Function::Split: {
        const QString separator = firstOf(arg(1));
        for (const QString &v : arg(0)) {
            if (separator.isEmpty()) {
                out.append(v);
                continue;
            }
            for (const QString &part : v.split(separator))
                out.append(part.trimmed());
        }
        return nonEmpty(out);
    }
    case Function::Map:
        for (const QString &v : arg(0)) {
            const QString folded = v.trimmed().toCaseFolded();
            bool matched = false;
            for (const auto &pair : n.mapPairs) {
                if (pair.first == folded) {
                    out += eval(*pair.second, r);
                    matched = true;
                    break;
                }
            }
            if (!matched)
                out += n.elseValue ? eval(*n.elseValue, r) : QStringList {v};
        }
        return nonEmpty(out);
    }
    return out;
}

void collect(const Node &n, QStringList *names)
{
    if (n.kind == Node::Kind::Attribute && !names->contains(n.text, Qt::CaseInsensitive))
        names->append(n.text);
    if (n.kind == Node::Kind::Pseudo && !names->contains(QLatin1Char('@') + n.text))
        names->append(QLatin1Char('@') + n.text);
    for (const auto &a : n.args)
        collect(*a, names);
    for (const auto &p : n.mapPairs)
        collect(*p.second, names);
    if (n.elseValue)
        collect(*n.elseValue, names);
}

} // namespace

QString ExpressionError::toString() const
{
    return isError() ? tr("column %1: %2").arg(position + 1).arg(message) : QString();
}

Expression::Expression() = default;

Expression Expression::parse(const QString &text)
{
    Expression e;
    e.m_text = text;
    if (text.size() > MaxLength) {
        e.m_error = {MaxLength, tr("the expression is longer than %1 characters").arg(MaxLength)};
        return e;
    }
    if (text.trimmed().isEmpty()) {
        e.m_error = {0, tr("the expression is empty")};
        return e;
    }
    e.m_root = expression::parse(text, &e.m_error);
    return e;
}

Expression Expression::attribute(const QString &name)
{
    Expression e;
    e.m_text = name;
    auto n = std::make_shared<Node>();
    if (name.startsWith(QLatin1Char('@')))
        return parse(name);
    n->kind = Node::Kind::Attribute;
    n->text = name.trimmed();
    if (n->text.isEmpty())
        e.m_error = {0, tr("no attribute is named")};
    else
        e.m_root = n;
    return e;
}

Expression Expression::constant(const QString &value)
{
    Expression e;
    e.m_text = value;
    auto n = std::make_shared<Node>();
    n->kind = Node::Kind::Literal;
    n->text = value;
    e.m_root = n;
    return e;
}

QStringList Expression::evaluate(const SourceRecord &record) const
{
    return m_root ? eval(*m_root, record) : QStringList();
}

QStringList Expression::referencedAttributes() const
{
    QStringList names;
    if (m_root)
        collect(*m_root, &names);
    return names;
}

QStringList Expression::functionNames()
{
    QStringList names;
    for (const FunctionInfo &f : Functions)
        names.append(QLatin1String(f.name));
    return names;
}

} // namespace pd