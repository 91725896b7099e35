#pragma once

#include "OutboundRule.h"
#include "UserSource.h"
#include "ZoomUserMapper.h"

#include <QByteArray>
#include <QList>

namespace pd {

// What the rule makes of one source record.
struct RuleDecision
{
    enum class Outcome { InScope, OutOfScope, Invalid };
    Outcome outcome = Outcome::InScope;
    QString reason; // why out of scope (the filter) or invalid (the errors, joined)
    MappedUser user; // mapped for in-scope and invalid records; empty for out-of-scope ones
};

// One line of a whole-source run: small, so 100k of them fit in memory. The bodies can be rebuilt
// from canonical with ZoomUserMapper::createBodyFromCanonical / updateBodyFromCanonical.
struct RuleRunRow
{
    RuleDecision::Outcome outcome = RuleDecision::Outcome::InScope;
    QString key;
    QString origin;
    qint64 line = 0;
    QString userName;
    bool active = true;
    bool disabledInSource = false;
    QStringList reasons; // errors, the filter's verdict, or the source's complaint
    QStringList warnings;
    QByteArray canonical; // in-scope rows only
    QByteArray hash; // in-scope rows only
};

// "Test rule", and the sync engine's read of the source: every record and every skipped row.
struct RuleRunResult
{
    SourceReadResult read; // status, failure and the source's own problems
    QList<RuleRunRow> rows; // source order; skipped source rows appear as Invalid
    qint64 inScope = 0;
    qint64 outOfScope = 0;
    qint64 invalid = 0;
    qint64 withWarnings = 0;
    qint64 disabled = 0; // in scope and not active
    QList<MappingProblem> mappingProblems;

    bool ok() const { return read.status == SourceReadResult::Status::Completed; }
    // outcome,key,origin,userName,active,reasons,warnings with a header row; RFC 4180 quoting, UTF-8.
    QByteArray toCsv() const;
    static QString outcomeKey(RuleDecision::Outcome outcome); // "in-scope", "out-of-scope", "invalid"
};

// Applies an outbound rule: the filter decides the scope, the mapping makes the payload. Usernames
// must be unique in scope: run() marks every record that shares one as invalid, because Zoom would
// merge them into one account.
class RuleEvaluator
{
public:
    explicit RuleEvaluator(const OutboundRule &rule);

    const OutboundRule &rule() const { return m_rule; }
    const ZoomUserMapper &mapper() const { return m_mapper; }

    RuleDecision evaluate(const SourceRecord &record, bool withBodies = true) const;
    // Reads the whole source on the calling thread (a worker), honouring options.cancel.
    RuleRunResult run(UserSource &source, const ReadOptions &options = {}) const;

private:
    OutboundRule m_rule;
    ZoomUserMapper m_mapper;
};

} // namespace pd
