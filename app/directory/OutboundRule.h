#pragma once

#include "AttributeMapping.h"
#include "Connection.h"
#include "SourceSettings.h"
#include "UserFilter.h"

#include <QJsonObject>
#include <memory>

namespace pd {

// PingOne's outbound rule, one per connection: which people (source + filter) and what Zoom gets
// about them (mapping). Stored as Connection::rule; see docs/connection-file-rule.md.
struct OutboundRule
{
    SourceSettings source;
    UserFilter filter;
    AttributeMapping mapping;

    // A rule for a source with that source's default mapping (CSV columns matched when given).
    static OutboundRule withDefaults(const SourceSettings &source, const QStringList &csvColumns = {});

    QJsonObject toJson() const;
    // Strict: unknown keys are refused with their path ("rule.mapping.emial"). A missing "mapping"
    // means the source type's default mapping.
    static QList<FieldProblem> fromJson(
        const QJsonObject &json, OutboundRule *out, const QString &prefix = QStringLiteral("rule"));
    // The connection's rule; a problem at "rule" when the connection has none.
    static QList<FieldProblem> fromConnection(const Connection &connection, OutboundRule *out);
    // fromConnection, then validate: every reason the connection's rule cannot run yet.
    static QList<FieldProblem> usableFrom(const Connection &connection, OutboundRule *out);
    // Whether reading the connection's rule needs the LDAP bind password (false without a rule).
    static bool needsSourcePassword(const Connection &connection);
    // "field: message; field: message", for one-line errors.
    static QString describe(const QList<FieldProblem> &problems);

    // Source settings problems and mapping errors (not warnings), keyed by connection-file path.
    QList<FieldProblem> validate() const;
    // Source attributes that the filter and mapping read.
    QStringList requiredAttributes() const;
    // The source, asking LDAP for the attributes the rule needs. password: LDAP bind password.
    std::unique_ptr<UserSource> createSource(const QString &password = {}) const;

    bool operator==(const OutboundRule &) const = default;
};

} // namespace pd
