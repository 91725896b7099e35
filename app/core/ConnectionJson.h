#pragma once

#include "Connection.h"
#include "ConnectionValidator.h"

#include <QJsonObject>
#include <QList>

namespace pd {

// The connection file's JSON form (docs/connection-file.md). Strict on read: unknown keys and
// anything that looks like a secret are refused with the key's path, so a typo never goes unseen
// and a secret never lands in a file or the database.
class ConnectionJson
{
public:
    static QJsonObject toJson(const Connection &c);
    // Fills *out from json; returns the problems found (empty on success).
    static QList<FieldProblem> fromJson(const QJsonObject &json, Connection *out);

    static QJsonObject actionsToJson(const UserActions &a);
    static QList<FieldProblem> actionsFromJson(
        const QJsonObject &json, UserActions *out, const QString &prefix = QStringLiteral("actions"));
    static QJsonObject rateLimitToJson(const RateLimit &r);
    static QList<FieldProblem> rateLimitFromJson(const QJsonObject &json, RateLimit *out);
    static QJsonObject removalGuardToJson(const RemovalGuard &g);
    static QList<FieldProblem> removalGuardFromJson(const QJsonObject &json, RemovalGuard *out);
    static QJsonObject alertsToJson(const Alerts &a);
    static QList<FieldProblem> alertsFromJson(const QJsonObject &json, Alerts *out);

    // Every key path under json whose name looks like it holds a secret ("clientSecret",
    // "password", "access_token", ...). tokenUrl is a URL, not a token, and is allowed.
    static QStringList secretLookingKeys(const QJsonObject &json, const QString &prefix = {});
};

} // namespace pd
