#pragma once

#include "Connection.h"

#include <QList>
#include <QString>

namespace pd {

// One problem with one field, phrased for the admin ("SCIM URL must use https://").
struct FieldProblem
{
    QString field; // connection-file key, e.g. "scimUrl", "authentication.clientId"
    QString message;
};

// Checks a connection's own fields. Uniqueness of the name needs the store: see ConnectionStore.
class ConnectionValidator
{
public:
    static QList<FieldProblem> validate(const Connection &c);
    static QString checkName(const QString &name);
    // https:// required; plain http:// only to a loopback host (tests, local proxies).
    static QString checkServiceUrl(const QUrl &url, const QString &label);
    static bool isLoopbackHost(const QString &host);
};

} // namespace pd
