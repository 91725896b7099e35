#include "RuleEvaluator.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QHash>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd::RuleEvaluator", "RuleEvaluator"}, text);
}

QByteArray csvField(const QString &text)
{
    QString t = text;
    // Keep spreadsheets from running a cell as a formula.
    if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.at(0)))
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n'))
        || t.contains(QLatin1Char('\r'))) {
        t.replace(QLatin1String("\""), QLatin1String("\"\""));
        t = QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t.toUtf8();
}

} // namespace

QString RuleRunResult::outcomeKey(RuleDecision::Outcome outcome)
{
    switch (outcome) {
    case RuleDecision::Outcome::InScope:
        return QStringLiteral("in-scope");
    case RuleDecision::Outcome::OutOfScope:
        return QStringLiteral("out-of-scope");
    case RuleDecision::Outcome::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

QByteArray RuleRunResult::toCsv() const
{
    QByteArray out = "outcome,key,origin,userName,active,reasons,warnings\r\n";
    for (const RuleRunRow &r : rows) {
        out += csvField(outcomeKey(r.outcome)) + ',' + csvField(r.key) + ',' + csvField(r.origin) + ','
            + csvField(r.userName) + ','
            + (r.outcome == RuleDecision::Outcome::OutOfScope ? ""
                    : r.active                                ? "true"
                                                              : "false")
            + ',' + csvField(r.reasons.join(QLatin1String("; "))) + ','
            + csvField(r.warnings.join(QLatin1String("; "))) + "\r\n";
    }
    return out;
}

RuleEvaluator::RuleEvaluator(const OutboundRule &rule)
    : m_rule(rule)
    , m_mapper(rule.mapping)
{ }

RuleDecision RuleEvaluator::evaluate(const SourceRecord &record, bool withBodies) const
{
    RuleDecision d;
    if (!m_rule.filter.matches(record)) {
        d.outcome = RuleDecision::Outcome::OutOfScope;
        d.reason = m_rule.filter.explainMismatch(record);
        d.user.key = record.key;
        d.user.origin = record.origin;
        return d;
    }
    d.user = m_mapper.map(record, withBodies);
    if (!d.user.isValid()) {
        d.outcome = RuleDecision::Outcome::Invalid;
        d.reason = d.user.errorMessages().join(QLatin1String("; "));
    }
    return d;
}

RuleRunResult RuleEvaluator::run(UserSource &source, const ReadOptions &options) const
{
    RuleRunResult result;
    result.mappingProblems = m_mapper.mappingProblems();
    QHash<QString, QList<qsizetype>> byUserName; // folded username -> in-scope rows
    result.read = source.read(
        [&](SourceRecord &&record) {
            const RuleDecision d = evaluate(record, false); // rows keep canonical + hash only
            RuleRunRow row;
            row.outcome = d.outcome;
            row.key = record.key;
            row.origin = record.origin;
            row.line = record.line;
            row.disabledInSource = record.disabled;
            if (d.outcome == RuleDecision::Outcome::OutOfScope) {
                row.reasons << d.reason;
            } else {
                row.userName = d.user.userName;
                row.active = d.user.active;
                row.reasons = d.user.errorMessages();
                // The mapping's own warnings are in mappingProblems once, not on every row.
                for (qsizetype i = m_mapper.mappingProblems().size(); i < d.user.problems.size(); ++i) {
                    if (!d.user.problems.at(i).isError())
                        row.warnings << d.user.problems.at(i).message;
                }
                if (d.outcome == RuleDecision::Outcome::InScope) {
                    row.canonical = d.user.canonical;
                    row.hash = d.user.hash;
                    byUserName[row.userName.toCaseFolded()].append(result.rows.size());
                }
            }
            result.rows.append(std::move(row));
            return true;
        },
        options);

    for (auto it = byUserName.cbegin(); it != byUserName.cend(); ++it) {
        if (it->size() < 2)
            continue;
        for (qsizetype index : *it) {
            RuleRunRow &row = result.rows[index];
            QStringList others;
            for (qsizetype other : *it) {
                if (other != index)
                    others << result.rows.at(other).origin;
            }
            row.outcome = RuleDecision::Outcome::Invalid;
            row.reasons << tr("the username %1 is also used by %2; Zoom would treat them as one account")
                               .arg(row.userName, others.join(QLatin1String(", ")));
            row.canonical.clear();
            row.hash.clear();
        }
    }

    // Rows the source skipped take their place by line (CSV), or go last.
    QList<RuleRunRow> skipped;
    for (const SourceProblem &p : std::as_const(result.read.problems)) {
        RuleRunRow row;
        row.outcome = RuleDecision::Outcome::Invalid;
        row.key = p.key;
        row.origin = p.origin;
        row.line = p.line;
        row.reasons << p.message;
        skipped.append(row);
    }
    result.rows += skipped;
    const bool lineBased = std::all_of(
        result.rows.cbegin(), result.rows.cend(), [](const RuleRunRow &r) { return r.line > 0; });
    if (!skipped.isEmpty() && lineBased)
        std::stable_sort(result.rows.begin(), result.rows.end(),
            [](const RuleRunRow &a, const RuleRunRow &b) { return a.line < b.line; });
    for (const RuleRunRow &r : std::as_const(result.rows)) {
        switch (r.outcome) {
        case RuleDecision::Outcome::InScope:
            ++result.inScope;
            result.disabled += r.active ? 0 : 1;
            break;
        case RuleDecision::Outcome::OutOfScope:
            ++result.outOfScope;
            break;
        case RuleDecision::Outcome::Invalid:
            ++result.invalid;
            break;
        }
        if (!r.warnings.isEmpty() && r.outcome != RuleDecision::Outcome::OutOfScope)
            ++result.withWarnings;
    }
    return result;
}

} // namespace pd
