#pragma once

#include "SourceRecord.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace pd {

struct ExpressionError
{
    int position = -1; // 0-based index into the text; -1 when there is no error
    QString message;
    bool isError() const { return position >= 0; }
    // "column 7: ..." for the admin.
    QString toString() const;
};

// A small, safe expression language for attribute mapping. No loops, no variables, no I/O: an
// expression can only read the record it is given and transform strings. Every value is a list of
// strings (LDAP attributes have several values); functions apply to each value.
//
//   mail                       an attribute (letters, digits, _ . -)
//   {First Name}               an attribute whose name has spaces or other characters
//   @key @enabled @disabled    the record's key, and "true"/"false"
//   'text' "text"              literals; \' \" \\ \n \t escape
//   a + b                      concatenation of the first values
//   concat(a, b, ...)  lower(x)  upper(x)  trim(x)  first(x)
//   default(x, y, ...)         the first argument that has a non-empty value
//   replace(x, 'from', 'to')   join(x, ', ')   split(x, ';')
//   map(x, 'Pro' => 'Licensed', 'Corp' => 'On-Prem', else => 'Basic')
//                              keys match case-insensitively; without else, other values pass through
class Expression
{
public:
    struct Node;
    static constexpr int MaxLength = 4000;
    static constexpr int MaxDepth = 32;

    Expression();
    static Expression parse(const QString &text);
    static Expression attribute(const QString &name);
    static Expression constant(const QString &value);

    bool isValid() const { return !m_error.isError(); }
    bool isEmpty() const { return !m_root; }
    const ExpressionError &error() const { return m_error; }
    QString text() const { return m_text; }

    QStringList evaluate(const SourceRecord &record) const;
    // Attribute names the expression reads, including pseudo attributes such as "@key".
    QStringList referencedAttributes() const;
    // True when the expression reads nothing from the record (a literal or a function of literals).
    bool isConstant() const { return isValid() && referencedAttributes().isEmpty(); }

    static QStringList functionNames();

private:
    QString m_text;
    ExpressionError m_error;
    std::shared_ptr<const Node> m_root;
};

} // namespace pd
