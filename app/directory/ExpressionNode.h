#pragma once

#include "Expression.h"

#include <QList>
#include <QPair>
#include <QString>
#include <memory>

// Internal to Expression: the syntax tree and the function table, shared by the parser and the
// evaluator.
namespace pd::expression {

enum class Function { Concat, Lower, Upper, Trim, First, Default, Replace, Join, Split, Map };

struct FunctionInfo
{
    const char *name;
    Function function;
    int minArgs;
    int maxArgs; // -1: any
};

inline constexpr FunctionInfo Functions[] = {
    {"concat", Function::Concat, 1, -1},
    {"lower", Function::Lower, 1, 1},
    {"upper", Function::Upper, 1, 1},
    {"trim", Function::Trim, 1, 1},
    {"first", Function::First, 1, 1},
    {"default", Function::Default, 2, -1},
    {"replace", Function::Replace, 3, 3},
    {"join", Function::Join, 2, 2},
    {"split", Function::Split, 2, 2},
    {"map", Function::Map, 1, -1},
};

inline const FunctionInfo *findFunction(const QString &name)
{
    for (const FunctionInfo &f : Functions) {
        if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

inline constexpr qsizetype MaxValueLength = 64 * 1024;

} // namespace pd::expression

namespace pd {

struct Expression::Node
{
    enum class Kind { Literal, Attribute, Pseudo, Concat, Call };
    Kind kind = Kind::Literal;
    QString text; // literal value, attribute name or pseudo name
    expression::Function function = expression::Function::Concat;
    QList<std::shared_ptr<const Node>> args;
    // map(): literal keys (case-folded) and their values; elseValue may be null.
    QList<QPair<QString, std::shared_ptr<const Node>>> mapPairs;
    std::shared_ptr<const Node> elseValue;
};

namespace expression {

using NodePtr = std::shared_ptr<const Expression::Node>;

// Parses text into a tree; on failure returns null and sets *error.
NodePtr parse(const QString &text, ExpressionError *error);

} // namespace expression

} // namespace pd
